import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { deviceApi, deviceToken, type DeviceInfo } from "../devices/deviceApi.js";
import { announce, unlockSound } from "./sound.js";
import { dateLocale } from "./i18n/index.js";
import "./display.css";

type Call = { ticketNumber: string; counterName: string; text: string; recall?: boolean; at?: string };
type Waiting = { serviceCode: string; name: string; waiting: number }[];
type Board = { siteName: string; notice: string; recentCalls: Call[]; waiting: Waiting };

/** A connection silent for longer than this (the server pings every 15 s) is treated as dropped. */
const STALE_MS = 40_000;

/**
 * Keeps an event stream to the hall open: EventSource reconnects by itself after
 * a network error; when the server refuses or the link goes silent we start a
 * new one, passing the last event id so missed calls are replayed.
 */
function useHallStream(siteCode: string | undefined, onCall: (c: Call) => void) {
  const [board, setBoard] = useState<Board>();
  const [online, setOnline] = useState(false);
  const onCallRef = useRef(onCall);
  onCallRef.current = onCall;

  useEffect(() => {
    if (!siteCode) return;
    let source: EventSource | undefined;
    let lastId = "";
    let lastSeen = Date.now();
    let retry: number | undefined;
    let stopped = false;
    const token = deviceToken() ?? "";
    const connect = () => {
      const q = new URLSearchParams({ access_token: token, ...(lastId ? { lastEventId: lastId } : {}) });
      source = new EventSource(`/api/v1/queue/sites/${siteCode}/events?${q.toString()}`);
      const seen = (e: MessageEvent<string>) => {
        lastSeen = Date.now();
        if (e.lastEventId) lastId = e.lastEventId;
        setOnline(true);
      };
      source.onopen = () => setOnline(true);
      source.onerror = () => {
        setOnline(false);
        if (source?.readyState === EventSource.CLOSED) restart();
      };
      source.addEventListener("ping", seen);
      source.addEventListener("board", (e: MessageEvent<string>) => {
        seen(e);
        setBoard(JSON.parse(e.data) as Board);
      });
      source.addEventListener("call", (e: MessageEvent<string>) => {
        seen(e);
        const call = JSON.parse(e.data) as Call;
        setBoard((b) => b && { ...b, recentCalls: [call, ...b.recentCalls].slice(0, 8) });
        onCallRef.current(call);
      });
      source.addEventListener("line", (e: MessageEvent<string>) => {
        seen(e);
        const { waiting } = JSON.parse(e.data) as { waiting: Waiting };
        setBoard((b) => b && { ...b, waiting });
      });
    };
    const restart = () => {
      source?.close();
      if (stopped || retry) return;
      retry = window.setTimeout(() => {
        retry = undefined;
        lastSeen = Date.now();
        connect();
      }, 3000);
    };
    connect();
    const watchdog = window.setInterval(() => {
      if (Date.now() - lastSeen > STALE_MS) {
        setOnline(false);
        restart();
      }
    }, 5000);
    return () => {
      stopped = true;
      window.clearInterval(watchdog);
      if (retry) window.clearTimeout(retry);
      source?.close();
    };
  }, [siteCode]);
  return { board, online };
}

function Clock() {
  const [now, setNow] = useState(new Date());
  useEffect(() => {
    const t = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(t);
  }, []);
  // The hall's time is Beijing time, whatever the display's operating system says.
  const zone = { timeZone: "Asia/Shanghai" } as const;
  const date = now.toLocaleDateString(dateLocale, {
    ...zone,
    month: "long",
    day: "numeric",
    weekday: "long",
  });
  const time = now.toLocaleTimeString(dateLocale, {
    ...zone,
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  });
  return (
    <div className="clock">
      <span>{date}</span> <b>{time}</b>
    </div>
  );
}

/** 叫号屏 (1920×1080): the current call large, the last calls, who waits, a scrolling notice. */
export function DisplayApp() {
  const { t } = useTranslation();
  const [device, setDevice] = useState<DeviceInfo>();
  const [problem, setProblem] = useState<string>();
  const [soundOn, setSoundOn] = useState(false);
  const [flash, setFlash] = useState(0);
  const soundRef = useRef(false);
  soundRef.current = soundOn;

  useEffect(() => {
    deviceApi<DeviceInfo>("/devices/me").then(setDevice, (e: unknown) =>
      setProblem(e instanceof Error ? e.message : String(e)),
    );
  }, []);
  const { board, online } = useHallStream(device?.siteCode, (call) => {
    setFlash((n) => n + 1);
    if (soundRef.current) announce(call.text);
  });

  if (problem)
    return (
      <div className="display setup">
        <h1>{t("setup.title")}</h1>
        <p>{problem}</p>
        <p>{t("setup.help")}</p>
      </div>
    );
  const current = board?.recentCalls[0];
  const earlier = board?.recentCalls.slice(1, 7) ?? [];
  return (
    <div className="display">
      <header>
        <div className="site">{board?.siteName ?? device?.siteName ?? "…"}</div>
        <div className={online ? "status ok" : "status down"} data-testid="display-status">
          {online ? t("status.online") : t("status.offline")}
        </div>
        <Clock />
      </header>
      <main>
        <section className="now" key={flash} data-testid="display-current">
          {current ? (
            <>
              <div className="label">{t("now.please")}</div>
              <div className="number">{current.ticketNumber}</div>
              <div className="label">
                {/* The counter's name (set by the hall) around the words, never parsed as markup. */}
                {t("now.goToBefore")}
                <b>{current.counterName}</b>
                {t("now.goToAfter")}
              </div>
            </>
          ) : (
            <div className="label">{t("now.welcome", { site: board?.siteName ?? "" })}</div>
          )}
        </section>
        <aside>
          <h2>{t("recent.title")}</h2>
          <ul className="recent">
            {earlier.map((c, i) => (
              <li key={i}>
                <b>{c.ticketNumber}</b>
                <span>{c.counterName}</span>
              </li>
            ))}
            {earlier.length === 0 && <li className="muted">{t("recent.none")}</li>}
          </ul>
          <h2>{t("waiting.title")}</h2>
          <ul className="waiting">
            {board?.waiting.map((w) => (
              <li key={w.serviceCode}>
                <span>
                  {w.serviceCode} {w.name}
                </span>
                <b>{w.waiting}</b>
              </li>
            ))}
          </ul>
        </aside>
      </main>
      <footer>
        <div className="marquee">
          <span>{board?.notice || t("notice")}</span>
        </div>
      </footer>
      {!soundOn && (
        <button
          className="enable-sound"
          data-testid="enable-sound"
          onClick={() => {
            unlockSound();
            setSoundOn(true);
          }}
        >
          {t("enableSound")}
        </button>
      )}
    </div>
  );
}
