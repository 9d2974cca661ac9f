import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { deviceApi, type DeviceInfo } from "../devices/deviceApi.js";
import { CaseLookup } from "./CaseLookup.js";
import { TakeNumber } from "./TakeNumber.js";
import { Payments } from "./Payments.js";
import { DistrictPages } from "./DistrictPages.js";
import { Government } from "./government/Government.js";
import { language } from "./i18n/index.js";
import "./kiosk.css";

/** Back to the home screen after this long without a touch; what the last person entered is wiped. */
const IDLE_MS = 60_000;

type Screen = "home" | "payments" | "government" | "district" | "cases" | "queue";

/** The home tiles, in order; their texts are home.tiles.<screen>.title / .hint. */
const TILES: Exclude<Screen, "home">[] = ["payments", "government", "district", "cases", "queue"];

/**
 * Reads the screen's heading and lead aloud (适老化), in the screen's language: Mandarin, or
 * English when the kiosk was opened with ?lang=en.
 */
function readAloud() {
  if (!("speechSynthesis" in window)) return;
  const text = [...document.querySelectorAll(".kiosk-page h1, .kiosk-page .lead")]
    .map((e) => e.textContent)
    .join("。");
  window.speechSynthesis.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.lang = language === "en" ? "en-US" : "zh-CN";
  u.rate = 0.85;
  window.speechSynthesis.speak(u);
}

/** The self-service kiosk (portrait 1080×1920, touch and keyboard). */
export function KioskApp() {
  const { t } = useTranslation();
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
        <span className="brand">{t("frame.brand")}</span>
        <span className="header-actions">
          {screen !== "home" && (
            <button onClick={home} data-testid="kiosk-home">
              {t("frame.home")}
            </button>
          )}
          <button aria-pressed={elder} onClick={() => setElder(!elder)} data-testid="kiosk-elder">
            {elder ? t("frame.standardMode") : t("frame.elderMode")}
          </button>
          <button onClick={readAloud}>{t("frame.readAloud")}</button>
        </span>
      </header>
      {problem && (
        <div className="kiosk-page">
          <h1>{t("frame.unregistered")}</h1>
          <p className="lead">{problem}</p>
          <p>{t("frame.registerHelp")}</p>
        </div>
      )}
      {device && screen === "home" && (
        <div className="kiosk-page">
          <h1>{t("home.title")}</h1>
          <p className="lead">{device.siteName}</p>
          <div className="tiles">
            {TILES.map((tile) => (
              <button
                key={tile}
                className="tile"
                onClick={() => setScreen(tile)}
                data-testid={`tile-${tile}`}
              >
                <span className="name">{t(`home.tiles.${tile}.title`)}</span>
                <span className="hint">{t(`home.tiles.${tile}.hint`)}</span>
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
