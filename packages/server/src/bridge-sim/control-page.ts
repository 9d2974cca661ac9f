import type { SimPerson } from "./simulator.js";

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * The simulator's control page: what a person would do at the kiosk's devices — put an ID card
 * or social-security card on the reader, press a finger, show a QR code, type the PIN — and the
 * receipts the printer produced. Plain HTML so it runs beside any kiosk build.
 */
export function controlPage(prefix: string, people: SimPerson[]): string {
  const options = people
    .map((p) => `<option value="${escape(p.idNumber)}">${escape(p.name)}（${escape(p.idNumber)}）</option>`)
    .join("");
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>设备桥模拟器</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
 body{font:16px/1.5 system-ui,"Noto Sans CJK SC",sans-serif;margin:0;background:#f4f6f8;color:#1f2933}
 header{background:#0b5cad;color:#fff;padding:12px 20px;font-size:20px}
 main{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:16px;padding:16px}
 section{background:#fff;border-radius:8px;padding:16px;box-shadow:0 1px 3px #0002}
 h2{font-size:18px;margin:0 0 8px}
 button{font:inherit;padding:8px 14px;margin:4px 4px 4px 0;border:1px solid #0b5cad;background:#0b5cad;color:#fff;border-radius:6px;cursor:pointer}
 button.secondary{background:#fff;color:#0b5cad}
 select,input{font:inherit;padding:6px;width:100%;box-sizing:border-box;margin:4px 0}
 .waiting{color:#b45309;font-weight:600}
 pre{background:#fafafa;border:1px dashed #999;padding:8px;width:58mm;white-space:pre-wrap;font-size:12px}
 #log{color:#555;font-size:14px}
</style></head>
<body>
<header>一窗通 · 设备桥模拟器 <small>（协议地址 ${escape(prefix)}/v1）</small></header>
<main>
 <section><h2>身份证阅读器 <span class="waiting" id="w-idcard"></span></h2>
  <select id="person">${options}</select>
  <button id="idcard">放上身份证</button></section>
 <section><h2>指纹仪 <span class="waiting" id="w-fingerprint"></span></h2>
  <p>比对在设备内完成，只返回身份证号。</p>
  <button id="finger">按下所选人员的手指</button>
  <button class="secondary" id="finger-unknown">按下未登记的手指</button></section>
 <section><h2>社保卡读卡器 <span class="waiting" id="w-sscard"></span></h2>
  <button id="sscard">插入所选人员的社保卡</button></section>
 <section><h2>扫码器 <span class="waiting" id="w-scanner"></span></h2>
  <input id="qr" placeholder="二维码内容，如回执上的进度地址">
  <button id="scan">扫描</button></section>
 <section><h2>密码键盘 <span class="waiting" id="w-pinpad"></span></h2>
  <p id="pin-amount">没有待支付的金额</p>
  <input id="pin" inputmode="numeric" maxlength="6" placeholder="6 位密码（000000 为错误密码）">
  <button id="pin-ok">确认</button><button class="secondary" id="pin-cancel">取消</button></section>
 <section><h2>凭条打印机（58 mm）<span id="paper"></span></h2>
  <button class="secondary" id="paper-toggle">切换缺纸</button>
  <div id="printed"></div></section>
</main>
<p id="log"></p>
<script>
const base = ${JSON.stringify(prefix)} + "/sim";
const $ = (id) => document.getElementById(id);
async function act(device, body) {
  const res = await fetch(base + "/" + device, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const data = await res.json();
  $("log").textContent = new Date().toLocaleTimeString() + " " + device + "：" + JSON.stringify(data);
  refresh();
}
const person = () => $("person").value;
$("idcard").onclick = () => act("idcard", { idNumber: person() });
$("finger").onclick = () => act("fingerprint", { idNumber: person() });
$("finger-unknown").onclick = () => act("fingerprint", {});
$("sscard").onclick = () => act("sscard", { idNumber: person() });
$("scan").onclick = () => act("scanner", { text: $("qr").value });
$("pin-ok").onclick = () => act("pinpad", { pin: $("pin").value });
$("pin-cancel").onclick = () => act("pinpad", { cancel: true });
let paperOut = false;
$("paper-toggle").onclick = () => act("printer", { paperOut: !paperOut });
async function refresh() {
  const s = await (await fetch(base + "/state")).json();
  for (const d of ["idcard", "fingerprint", "sscard", "scanner", "pinpad"]) $("w-" + d).textContent = "";
  $("pin-amount").textContent = "没有待支付的金额";
  for (const w of s.waiting) {
    $("w-" + w.device).textContent = "· 终端正在等待";
    if (w.device === "pinpad") $("pin-amount").textContent = "待支付 " + (w.params.amountFen / 100).toFixed(2) + " 元";
  }
  paperOut = s.devices.some((d) => d.kind === "printer" && d.status === "error");
  $("paper").textContent = paperOut ? " · 缺纸" : "";
  $("printed").innerHTML = "";
  for (const p of s.printed) {
    const pre = document.createElement("pre");
    pre.textContent = p.lines.join("\\n") + (p.qr ? "\\n[二维码] " + p.qr : "");
    $("printed").append(pre);
  }
}
refresh();
setInterval(refresh, 1000);
</script>
</body></html>`;
}
