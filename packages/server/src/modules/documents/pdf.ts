import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";

const require = createRequire(import.meta.url);
/** Noto Sans SC from npm (OFL): one whole TTF per weight, so pdfkit embeds just the glyphs used. */
const FONTS = {
  regular: require.resolve("@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf"),
  bold: require.resolve("@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf"),
};

export type DocumentBlock =
  | { kind: "fields"; rows: [label: string, value: string][] }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; title: string; items: string[] }
  | { kind: "qr"; url: string; caption: string };

export type OfficialDocument = {
  /** e.g. 受理通知书 */
  title: string;
  /** 文书编号 printed under the title, e.g. the case number. */
  number: string;
  issuer: string;
  /** The document's own date (China date), printed by the seal line. */
  date: string;
  blocks: DocumentBlock[];
  /** Printed at the foot of the page. */
  footer: string;
};

const MARGIN = 64;
const INK = "#1a1a1a";
const MUTED = "#5b6b82";

/**
 * Renders an A4 official notice as PDF: title, number, the blocks in order, the
 * issuer and date at the bottom right. Deterministic for the same input (fixed
 * creation date), so a re-download is byte-identical to what was archived.
 */
export async function renderDocument(
  d: OfficialDocument,
  opts: { compress?: boolean } = {},
): Promise<Buffer> {
  const qrs = new Map<string, Buffer>();
  for (const b of d.blocks)
    if (b.kind === "qr") qrs.set(b.url, await QRCode.toBuffer(b.url, { margin: 1, width: 240 }));
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    compress: opts.compress ?? true,
    info: {
      Title: `${d.title} ${d.number}`,
      Author: d.issuer,
      Creator: "一窗通 OneWindow",
      CreationDate: new Date(`${d.date}T00:00:00+08:00`),
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.registerFont("regular", FONTS.regular);
  doc.registerFont("bold", FONTS.bold);
  const width = doc.page.width - MARGIN * 2;

  doc.font("bold").fontSize(22).fillColor(INK).text(d.title, { align: "center", characterSpacing: 2 });
  doc.moveDown(0.3);
  doc.font("regular").fontSize(10.5).fillColor(MUTED).text(d.number, { align: "center" });
  doc.moveDown(1.2);

  for (const b of d.blocks) {
    doc.fillColor(INK);
    if (b.kind === "paragraph") {
      doc.font("regular").fontSize(12).text(b.text, { lineGap: 5, indent: 24 });
      doc.moveDown(0.6);
    } else if (b.kind === "fields") {
      for (const [label, value] of b.rows) {
        const y = doc.y;
        doc.font("regular").fontSize(11.5).fillColor(MUTED).text(label, MARGIN, y, { width: 110 });
        doc.fillColor(INK).text(value, MARGIN + 120, y, { width: width - 120, lineGap: 3 });
        doc.moveDown(0.35);
      }
      doc.x = MARGIN;
      doc.moveDown(0.5);
    } else if (b.kind === "list") {
      doc.font("bold").fontSize(12).text(b.title);
      doc.moveDown(0.3);
      b.items.forEach((item, i) => {
        doc
          .font("regular")
          .fontSize(11.5)
          .text(`${i + 1}. ${item}`, { indent: 12, lineGap: 3 });
      });
      doc.moveDown(0.6);
    } else {
      const y = doc.y;
      doc.image(qrs.get(b.url)!, MARGIN, y, { width: 96 });
      doc
        .font("regular")
        .fontSize(10.5)
        .fillColor(MUTED)
        .text(b.caption, MARGIN + 110, y + 16, { width: width - 110 });
      doc.text(b.url, MARGIN + 110, doc.y + 4, { width: width - 110 });
      doc.x = MARGIN;
      doc.y = Math.max(doc.y, y + 104);
      doc.moveDown(0.5);
    }
  }

  // Issuer and date, right-aligned, where the seal goes.
  doc.moveDown(1.5);
  doc.font("regular").fontSize(12).fillColor(INK).text(d.issuer, { align: "right" });
  doc.text(chineseDate(d.date), { align: "right" });
  // The footer sits in the bottom margin; without lifting the margin pdfkit would start a new page.
  doc.page.margins.bottom = 0;
  doc
    .font("regular")
    .fontSize(9)
    .fillColor(MUTED)
    .text(d.footer, MARGIN, doc.page.height - MARGIN + 16, { width, align: "center", lineBreak: false });
  doc.end();
  return done;
}

/** "2026-09-30" → "2026年9月30日" (the form official documents use). */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
}
