import {
  chinaDate,
  DECISION_NOTICE_TITLES,
  DELIVERY_METHODS,
  isDecided,
  type TimelineKind,
} from "@onewindow/shared";
import { invalidField } from "../../errors.js";
import type { StaffActor } from "../../http/actor.js";
import type { Ctx } from "../../http/context.js";
import { audit } from "../audit/index.js";
import { getCaseForStaff } from "../cases/index.js";
import { chineseDate, renderDocument, type DocumentBlock, type OfficialDocument } from "./pdf.js";

export const DOCUMENT_KINDS = [
  "acceptance",
  "refusal",
  "supplement",
  "special",
  "extension",
  "decision",
  "delivery",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The decision's title depends on the item (DECISION_NOTICE_TITLES). */
const TITLES: Record<Exclude<DocumentKind, "decision">, string> = {
  acceptance: "受理通知书",
  refusal: "不予受理通知书",
  supplement: "补齐补正通知书",
  special: "特殊程序告知书",
  extension: "延长办理期限告知书",
  delivery: "送达回执",
};

/** Which notice a case in each status can have. */
function allowed(
  kind: DocumentKind,
  status: string,
  paused: boolean,
  extended: boolean,
  delivered: boolean,
): boolean {
  switch (kind) {
    case "delivery":
      return delivered;
    case "extension":
      return extended;
    case "special":
      return paused && status !== "supplement_required";
    case "acceptance":
      return status !== "not_accepted";
    case "refusal":
      return status === "not_accepted";
    case "supplement":
      return status === "supplement_required";
    case "decision":
      return isDecided(status);
  }
}

/** "2026-09-30 10:00" in China time. */
function chinaTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
}

const FOOTER =
  "本通知书由一窗通社区公共服务综合信息平台生成；扫描二维码或凭办件编号与身份证号可查询办理进度。";

/**
 * A case's official notice as a dated PDF (Chinese, embedded CJK font). Built
 * from what the case holds, so printing it again gives the same document; each
 * download is audited because it carries the applicant's name.
 */
export async function caseDocument(ctx: Ctx, actor: StaffActor, caseNo: string, kind: DocumentKind) {
  const v = await getCaseForStaff(ctx, actor, caseNo);
  if (!allowed(kind, v.c.status, v.c.paused_since !== null, v.c.extended_days > 0, v.c.delivered_at !== null))
    throw invalidField("kind", "VALIDATION_FAILED.documentKind");
  const site = await ctx.db
    .selectFrom("sites")
    .select(["name", "address", "phone"])
    .where("code", "=", v.c.site_code)
    .executeTakeFirstOrThrow();
  // Notices quote the timeline's Chinese wording as the applicant was shown it that day.
  const last = (kind: TimelineKind) => [...v.timeline].reverse().find((e) => e.kind === kind);
  // A decided case's written decision depends on the kind of item (决定书 for a 行政许可).
  // (Only decided cases reach the decision and delivery notices, which use it.)
  const decisionTitle = v.decisionNotice ? DECISION_NOTICE_TITLES[v.decisionNotice] : "";
  const title = kind === "decision" ? decisionTitle : TITLES[kind];
  let issuer = site.name;
  const progressUrl = `${ctx.publicUrl}/p/${v.c.public_token}`;
  const applicant: DocumentBlock = {
    kind: "fields",
    rows: [
      ["办件编号", v.c.case_no],
      ["申请事项", v.itemName],
      ["申请人", v.applicant.name],
      ["身份证号", v.applicant.idNumber],
      ["受理地点", `${site.name}（${site.address}）`],
    ],
  };
  const qr: DocumentBlock = { kind: "qr", url: progressUrl, caption: "扫码查看办理进度（无需登录）" };
  let date = chinaDate(v.c.accepted_at);
  const blocks: DocumentBlock[] = [];
  if (kind === "acceptance") {
    const missing = v.materials.filter((m) => m.required && !m.provided);
    blocks.push(
      {
        kind: "paragraph",
        text: `${v.applicant.name}：您于${chineseDate(date)}提交的“${v.itemName}”申请，经审查，申请材料齐全、符合法定形式${missing.length ? "（部分材料容缺受理）" : ""}，决定予以受理。`,
      },
      applicant,
      {
        kind: "fields",
        rows: [
          ["受理时间", chinaTime(v.c.accepted_at)],
          ["承诺办结", v.c.promised_due ? chineseDate(v.c.promised_due) : "即办"],
          ["咨询电话", site.phone ?? "12345"],
        ],
      },
      { kind: "list", title: "已收材料", items: v.materials.filter((m) => m.provided).map((m) => m.name) },
    );
    if (missing.length)
      blocks.push({
        kind: "list",
        title: "容缺材料（请在期限内补交）",
        items: missing.map((m) => `${m.name}（${m.due_date ? chineseDate(m.due_date) : "尽快"}前）`),
      });
    blocks.push(qr);
  } else if (kind === "refusal") {
    const e = last("not_accepted");
    date = chinaDate(e?.at ?? v.c.accepted_at);
    const reason = e?.text.split("：").slice(1).join("：") || e?.text || "";
    blocks.push(
      { kind: "paragraph", text: `${v.applicant.name}：您申请的“${v.itemName}”，经审查，决定不予受理。` },
      applicant,
      { kind: "list", title: "不予受理的理由", items: [reason] },
      {
        kind: "paragraph",
        text: "如对本决定不服，可在收到本通知书之日起六十日内依法申请行政复议，或在六个月内依法提起行政诉讼。",
      },
    );
  } else if (kind === "supplement") {
    const e = last("supplement_requested");
    date = chinaDate(e?.at ?? v.c.accepted_at);
    blocks.push(
      {
        kind: "paragraph",
        text: `${v.applicant.name}：您申请的“${v.itemName}”，需要补齐补正以下内容后继续办理。补正期间暂停计时。`,
      },
      applicant,
      { kind: "list", title: "需要补正的内容", items: [e?.text ?? "请与受理窗口联系"] },
      {
        kind: "fields",
        rows: [
          ["补正期限", v.c.supplement_due ? `${chineseDate(v.c.supplement_due)}前` : "—"],
          ["补交地点", `${site.name}（${site.address}）`],
          ["咨询电话", site.phone ?? "12345"],
        ],
      },
      qr,
    );
  } else if (kind === "special") {
    const e = last("special_started");
    date = chinaDate(e?.at ?? v.c.accepted_at);
    blocks.push(
      {
        kind: "paragraph",
        text: `${v.applicant.name}：您申请的“${v.itemName}”依法需要履行特别程序。根据《中华人民共和国行政许可法》第四十五条，特别程序所需时间不计入办理时限，特别程序结束后继续办理。`,
      },
      applicant,
      { kind: "list", title: "特别程序", items: [e?.text ?? ""] },
      qr,
    );
  } else if (kind === "delivery" && v.c.delivered_at && v.c.delivery_method) {
    date = chinaDate(v.c.delivered_at);
    const approved = v.c.status === "approved";
    blocks.push(
      {
        kind: "paragraph",
        text: `${v.applicant.name}申请的“${v.itemName}”已办结，结果为${approved ? "准予" : "不予批准"}。下列文书已送达，请受送达人核对后签收。`,
      },
      applicant,
      {
        kind: "fields",
        rows: [
          [
            "送达文书",
            approved ? `${decisionTitle}及办理结果（证照、批准文书）` : `${decisionTitle}（决定及理由）`,
          ],
          ["送达方式", DELIVERY_METHODS[v.c.delivery_method]["zh-CN"]],
          ["送达时间", chinaTime(v.c.delivered_at)],
          [
            "受送达人",
            v.c.delivery_recipient ? `${v.c.delivery_recipient}（代领）` : `${v.applicant.name}（本人）`,
          ],
          ...(v.c.delivery_note ? [["送达说明", v.c.delivery_note] as [string, string]] : []),
        ],
      },
      { kind: "paragraph", text: "受送达人签名：____________________　　签收日期：______年____月____日" },
    );
  } else if (kind === "extension") {
    const e = last("extended");
    date = chinaDate(e?.at ?? v.c.accepted_at);
    blocks.push(
      {
        kind: "paragraph",
        text: `${v.applicant.name}：您申请的“${v.itemName}”未能在原定期限内办结，经本机关负责人批准，办理期限延长 ${v.c.extended_days} 个工作日。延长的理由如下。`,
      },
      applicant,
      { kind: "list", title: "延长办理期限", items: [e?.text ?? ""] },
      {
        kind: "fields",
        rows: [
          ["延长后承诺办结", v.c.promised_due ? chineseDate(v.c.promised_due) : "—"],
          ["法定办结期限", v.c.statutory_due ? chineseDate(v.c.statutory_due) : "—"],
          ["咨询电话", site.phone ?? "12345"],
        ],
      },
      qr,
    );
  } else {
    const e = last("decided");
    date = chinaDate(e?.at ?? v.c.ended_at ?? v.c.accepted_at);
    const approved = v.c.status === "approved";
    const permit = v.itemKind === "permit";
    // A 决定书 is the deciding office's: it names it and gives its own reasons.
    const decidedBy = [...v.tasks].reverse().find((t) => t.status === (approved ? "approved" : "rejected"));
    if (permit && decidedBy) issuer = decidedBy.org_name;
    blocks.push(
      {
        kind: "paragraph",
        text: permit
          ? approved
            ? `${v.applicant.name}：您申请的“${v.itemName}”，经审查，符合法定条件、标准，根据《中华人民共和国行政许可法》第三十八条第一款，决定准予行政许可。`
            : `${v.applicant.name}：您申请的“${v.itemName}”，经审查，不符合法定条件、标准，根据《中华人民共和国行政许可法》第三十八条第二款，决定不予行政许可，理由如下。`
          : `${v.applicant.name}：您申请的“${v.itemName}”已办结，结果为${approved ? "准予" : "不予批准"}。`,
      },
      applicant,
      {
        kind: "list",
        title: approved ? "办理结果" : permit ? "不予许可的理由" : "不予批准的理由",
        items: [(!approved && decidedBy?.comment) || e?.text || (approved ? "准予" : "不予批准")],
      },
      ...(approved
        ? []
        : [
            {
              kind: "paragraph" as const,
              text: "如对本决定不服，可在收到本通知书之日起六十日内依法申请行政复议，或在六个月内依法提起行政诉讼。",
            },
          ]),
      qr,
    );
  }
  const document: OfficialDocument = {
    title,
    number: `编号：${v.c.case_no}`,
    issuer,
    date,
    blocks,
    footer: FOOTER,
  };
  const pdf = await renderDocument(document);
  await audit(
    ctx.db,
    { actor, ip: ctx.ip, districtCode: ctx.districtCode, now: ctx.clock.now() },
    { action: "case.document", targetType: "case", targetId: v.c.case_no, detail: { kind } },
  );
  return { pdf, filename: `${title}-${v.c.case_no}.pdf` };
}

/**
 * 一次性告知书: everything missing for an item, listed once, so the resident
 * comes back only once. Nothing is stored; the notice is dated today.
 */
export async function missingMaterialsNotice(
  ctx: Ctx,
  actor: StaffActor,
  input: {
    itemCode: string;
    applicantName?: string | undefined;
    missing: string[];
    siteCode?: string | undefined;
  },
) {
  const item = await ctx.db
    .selectFrom("service_items")
    .select(["code", "name", "consult_phone"])
    .where("code", "=", input.itemCode)
    .executeTakeFirst();
  if (!item) throw invalidField("itemCode", "VALIDATION_FAILED.itemCode");
  const materials = await ctx.db
    .selectFrom("service_materials")
    .select(["id", "name"])
    .where("item_code", "=", item.code)
    .execute();
  const byId = new Map(materials.map((m) => [m.id, m.name]));
  input.missing.forEach((id, i) => {
    if (!byId.has(id)) throw invalidField(`missing[${i}]`, "VALIDATION_FAILED.materialId");
  });
  if (input.missing.length === 0) throw invalidField("missing", "VALIDATION_FAILED.required");
  const siteCode = input.siteCode ?? actor.roles.find((r) => r.role === "clerk")?.orgCode;
  const site = siteCode
    ? await ctx.db
        .selectFrom("sites")
        .select(["name", "address", "phone"])
        .where("code", "=", siteCode)
        .executeTakeFirst()
    : undefined;
  if (!site) throw invalidField("siteCode", "VALIDATION_FAILED.clerkSite");
  const today = chinaDate(ctx.clock.now());
  const who = input.applicantName?.trim();
  const pdf = await renderDocument({
    title: "一次性告知书",
    number: `事项：${item.name}`,
    issuer: site.name,
    date: today,
    blocks: [
      {
        kind: "paragraph",
        text: `${who ? `${who}：` : ""}您申请办理“${item.name}”，还需要提供以下材料。请备齐后到${site.name}（${site.address}）办理，材料齐全即予受理。`,
      },
      { kind: "list", title: "需要补齐的材料", items: input.missing.map((id) => byId.get(id)!) },
      { kind: "fields", rows: [["咨询电话", site.phone ?? item.consult_phone ?? "12345"]] },
    ],
    footer: "一次性告知：本告知书列明了办理该事项尚缺的全部材料，窗口不会再要求本告知书以外的材料。",
  });
  await audit(
    ctx.db,
    { actor, ip: ctx.ip, districtCode: ctx.districtCode, now: ctx.clock.now() },
    {
      action: "case.notice",
      targetType: "item",
      targetId: item.code,
      detail: { missing: input.missing.length },
    },
  );
  return { pdf, filename: `一次性告知书-${today}.pdf` };
}
