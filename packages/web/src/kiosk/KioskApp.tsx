import { useEffect, useState } from "react";
import { deviceApi, type DeviceInfo } from "../devices/deviceApi.js";
import { CaseLookup } from "./CaseLookup.js";
import { TakeNumber } from "./TakeNumber.js";
import { Payments } from "./Payments.js";
import { DistrictPages } from "./DistrictPages.js";
import { Government } from "./government/Government.js";
import "./kiosk.css";

/** Back to the home screen after this long without a touch; what the last person entered is wiped. */
const IDLE_MS = 60_000;

type Screen = "home" | "payments" | "government" | "district" | "cases" | "queue";

const TILES: { screen: Exclude<Screen, "home">; title: string; hint: string }[] = [
  { screen: "payments", title: "我的缴费", hint: "话费、水费、电费、燃气费、宽带" },
  { screen: "government", title: "我的政府", hint: "办事指南、服务热线、社保医保、挂号、违章" },
  { screen: "district", title: "魅力开福", hint: "开福简介、风光、历史、发展" },
  { screen: "cases", title: "办件查询", hint: "刷身份证、按指纹或扫回执查看进度" },
  { screen: "queue", title: "取号", hint: "办理业务，先取号排队" },
];

/** Reads the screen's heading and lead aloud (适老化), in Mandarin where the system has a voice. */
function readAloud() {
  if (!("speechSynthesis" in window)) return;
  const text = [...document.querySelectorAll(".kiosk-page h1, .kiosk-page .lead")]
    .map((e) => e.textContent)
    .join("。");
  window.speechSynthesis.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.lang = "zh-CN";
  u.rate = 0.85;
  window.speechSynthesis.speak(u);
}

/** The self-service kiosk (portrait 1080×1920, touch and keyboard). */
export function KioskApp() {
  const [device, setDevice] = useState<DeviceInfo>();
  const [problem, setProblem] = useState<string>();
  const [screen, setScreen] = useState<Screen>("home");
  const [elder, setElder] = useState(false);
  // Bumped on every return home, so each screen starts empty for the next person.
  const [visit, setVisit] = useState(0);
  const home = () => {
    setScreen("home");
    setVisit((v) => v + 1);
  };
  useEffect(() => {
    deviceApi<DeviceInfo>("/devices/me").then(setDevice, (e: unknown) =>
      setProblem(e instanceof Error ? e.message : String(e)),
    );
  }, []);
  useEffect(() => {
    // While a payment waits at the PIN pad or for the biller, the screen is not idle: the resident
    // is at the device, and leaving would lose the receipt.
    const idle = () => (document.body.dataset.kioskBusy ? touch() : home());
    let timer = window.setTimeout(idle, IDLE_MS);
    function touch() {
      window.clearTimeout(timer);
      timer = window.setTimeout(idle, IDLE_MS);
    }
    window.addEventListener("pointerdown", touch);
    window.addEventListener("keydown", touch);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener("pointerdown", touch);
      window.removeEventListener("keydown", touch);
    };
  }, []);
  return (
    <div className={elder ? "kiosk elder" : "kiosk"}>
      <header>
        <span className="brand">一窗通 · 便民服务终端</span>
        <span className="header-actions">
          {screen !== "home" && (
            <button onClick={home} data-testid="kiosk-home">
              返回首页
            </button>
          )}
          <button aria-pressed={elder} onClick={() => setElder(!elder)} data-testid="kiosk-elder">
            {elder ? "标准模式" : "长辈模式"}
          </button>
          <button onClick={readAloud}>朗读</button>
        </span>
      </header>
      {problem && (
        <div className="kiosk-page">
          <h1>终端未登记</h1>
          <p className="lead">{problem}</p>
          <p>请管理员在“系统管理 › 设备”登记本终端，并用登记时给出的地址打开本页。</p>
        </div>
      )}
      {device && screen === "home" && (
        <div className="kiosk-page">
          <h1>您好，请选择服务</h1>
          <p className="lead">{device.siteName}</p>
          <div className="tiles">
            {TILES.map((t) => (
              <button
                key={t.screen}
                className="tile"
                onClick={() => setScreen(t.screen)}
                data-testid={`tile-${t.screen}`}
              >
                <span className="name">{t.title}</span>
                <span className="hint">{t.hint}</span>
              </button>
            ))}
          </div>
        </div>
      )}
      {device && screen === "queue" && <TakeNumber key={visit} device={device} />}
      {device && screen === "cases" && <CaseLookup key={visit} />}
      {device && screen === "payments" && <Payments key={visit} onDone={home} />}
      {device && screen === "government" && <Government key={visit} />}
      {device && screen === "district" && <DistrictPages key={visit} />}
    </div>
  );
}
