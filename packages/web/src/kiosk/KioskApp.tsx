import { useEffect, useState } from "react";
import { deviceApi, type DeviceInfo } from "../devices/deviceApi.js";
import { TakeNumber } from "./TakeNumber.js";
import "./kiosk.css";

/** The self-service kiosk (portrait 1080×1920). This release has the 取号 screen. */
export function KioskApp() {
  const [device, setDevice] = useState<DeviceInfo>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    deviceApi<DeviceInfo>("/devices/me").then(setDevice, (e: unknown) =>
      setProblem(e instanceof Error ? e.message : String(e)),
    );
  }, []);
  return (
    <div className="kiosk">
      <header>
        <span className="brand">一窗通 · 便民服务终端</span>
        <span>{device?.siteName}</span>
      </header>
      {problem && (
        <div className="kiosk-page">
          <h1>终端未登记</h1>
          <p className="lead">{problem}</p>
          <p>请管理员在“系统管理 › 设备”登记本终端，并用登记时给出的地址打开本页。</p>
        </div>
      )}
      {device && <TakeNumber device={device} />}
    </div>
  );
}
