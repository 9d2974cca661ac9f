import { useState } from "react";
import { GuideSearch } from "./GuideSearch.js";
import { HotlineList } from "./Hotlines.js";
import { PersonalLookup } from "./PersonalLookup.js";
import { Registration } from "./Registration.js";
import { Violations } from "./Violations.js";

const SERVICES = [
  { key: "guide", title: "办事指南", hint: "办什么、带什么、去哪办" },
  { key: "hotlines", title: "服务热线", hint: "12345 与各部门电话" },
  { key: "social-security", title: "社保查询", hint: "参保与缴费记录" },
  { key: "medical-account", title: "医保划拨", hint: "个人账户每月划入" },
  { key: "registration", title: "医疗挂号", hint: "预约医院门诊号" },
  { key: "violations", title: "违章查询", hint: "机动车交通违法" },
] as const;
type Key = (typeof SERVICES)[number]["key"];

/** 我的政府: guides and personal services from the district's and partners' systems. */
export function Government() {
  const [open, setOpen] = useState<Key>();
  const service = SERVICES.find((s) => s.key === open);
  return (
    <div className="kiosk-page" data-testid="kiosk-government">
      <h1>{service ? service.title : "我的政府"}</h1>
      {!service && (
        <>
          <p className="lead">请选择服务</p>
          <div className="tiles">
            {SERVICES.map((s) => (
              <button
                key={s.key}
                className="tile small"
                onClick={() => setOpen(s.key)}
                data-testid={`gov-${s.key}`}
              >
                <span className="name">{s.title}</span>
                <span className="hint">{s.hint}</span>
              </button>
            ))}
          </div>
        </>
      )}
      {open === "guide" && <GuideSearch />}
      {open === "hotlines" && <HotlineList />}
      {(open === "social-security" || open === "medical-account") && (
        <PersonalLookup key={open} kind={open} />
      )}
      {open === "registration" && <Registration />}
      {open === "violations" && <Violations />}
      {service && (
        <div className="actions">
          <button onClick={() => setOpen(undefined)} data-testid="gov-back">
            返回我的政府
          </button>
        </div>
      )}
    </div>
  );
}
