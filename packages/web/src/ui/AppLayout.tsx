import {
  ApartmentOutlined,
  ApiOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BarChartOutlined,
  BellOutlined,
  FileSearchOutlined,
  FormOutlined,
  KeyOutlined,
  LogoutOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  SoundOutlined,
  TranslationOutlined,
} from "@ant-design/icons";
import { Alert, Avatar, Button, Layout, Menu, Space, Tag, Tooltip } from "antd";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router-dom";
import { switchLanguage } from "../i18n/index.js";
import { useSession } from "../staff/session.js";
import { Brand } from "./Brand.js";
import { ChangePasswordModal } from "./ChangePasswordModal.js";

const oneLine = { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" } as const;

export function AppLayout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { user, setUser, logout, hasRole } = useSession();
  const [changing, setChanging] = useState(false);
  const navigate = useNavigate();
  const location = useLocation();
  const section = "/" + (location.pathname.split("/")[1] ?? "");
  const items = [
    ...(hasRole("clerk")
      ? [
          { key: "/queue", icon: <SoundOutlined />, label: t("nav.queue") },
          { key: "/intake", icon: <FormOutlined />, label: t("nav.intake") },
        ]
      : []),
    ...(hasRole("clerk") || hasRole("approver")
      ? [{ key: "/tasks", icon: <AuditOutlined />, label: t("nav.tasks") }]
      : []),
    { key: "/cases", icon: <FileSearchOutlined />, label: t("nav.cases") },
    // Orders and ratings go to an office's approvers; a clerk's menu is already full (they can open /inbox).
    ...(hasRole("approver") ? [{ key: "/inbox", icon: <BellOutlined />, label: t("nav.inbox") }] : []),
    ...(hasRole("supervisor")
      ? [{ key: "/supervision", icon: <SafetyCertificateOutlined />, label: t("nav.supervision") }]
      : []),
    ...(hasRole("supervisor") || hasRole("admin")
      ? [{ key: "/dashboard", icon: <BarChartOutlined />, label: t("nav.dashboard") }]
      : []),
    { key: "/orgs", icon: <ApartmentOutlined />, label: t("nav.orgs") },
    { key: "/catalog", icon: <AppstoreOutlined />, label: t("nav.catalog") },
    ...(hasRole("admin") ? [{ key: "/admin", icon: <SettingOutlined />, label: t("nav.admin") }] : []),
  ];
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Header
        style={{ display: "flex", alignItems: "center", gap: 24, background: "#0f3d7a", paddingInline: 24 }}
      >
        <Brand dark />
        <div style={{ flex: 1 }} />
        <Space size="middle">
          <Tooltip title={t("nav.docs")}>
            <Button
              type="text"
              icon={<ApiOutlined />}
              href="/docs"
              target="_blank"
              aria-label={t("nav.docs")}
              style={{ color: "#dbe7f7" }}
            />
          </Tooltip>
          <Button
            type="text"
            icon={<TranslationOutlined />}
            style={{ color: "#dbe7f7" }}
            onClick={() => switchLanguage(i18n.language === "en" ? "zh-CN" : "en")}
          >
            {t("header.language")}
          </Button>
          <Space data-testid="current-user">
            <Avatar style={{ background: "#c8102e" }}>{user?.name.slice(0, 1)}</Avatar>
            <span style={{ color: "white", lineHeight: 1.35, display: "inline-block", maxWidth: 170 }}>
              <div style={oneLine}>{user?.name}</div>
              <div style={{ ...oneLine, color: "#b8c9e3", fontSize: 12 }} title={user?.orgName}>
                {user?.orgName}
              </div>
            </span>
            {user?.roles.map((r) => (
              <Tag key={r.role + r.orgCode} color="gold" style={{ marginInlineEnd: 0 }}>
                {t(`roles.${r.role}`)}
              </Tag>
            ))}
          </Space>
          <Tooltip title={t("password.change")}>
            <Button
              icon={<KeyOutlined />}
              aria-label={t("password.change")}
              onClick={() => setChanging(true)}
            />
          </Tooltip>
          <Button icon={<LogoutOutlined />} onClick={() => void logout()}>
            {t("header.logout")}
          </Button>
        </Space>
      </Layout.Header>
      {/* A side menu: nine sections do not fit a header next to the brand and the user. */}
      <Layout>
        <Layout.Sider width={188} theme="light" style={{ borderInlineEnd: "1px solid #e5e9f0" }}>
          <Menu
            mode="inline"
            selectedKeys={[section]}
            items={items}
            onClick={({ key }) => void navigate(key)}
            style={{ borderInlineEnd: 0, fontSize: 15, paddingTop: 8 }}
          />
        </Layout.Sider>
        <Layout>
          <Layout.Content style={{ padding: 24, background: "#f3f5f9" }}>
            {user?.passwordExpired && (
              <Alert
                type="warning"
                showIcon
                title={t("password.expired")}
                action={
                  <Button size="small" onClick={() => setChanging(true)}>
                    {t("password.change")}
                  </Button>
                }
                style={{ marginBottom: 16 }}
              />
            )}
            {children}
          </Layout.Content>
          <ChangePasswordModal
            open={changing}
            onClose={(changed) => {
              setChanging(false);
              if (changed && user) setUser({ ...user, passwordExpired: false });
            }}
          />
          <Layout.Footer style={{ textAlign: "center", color: "#8a94a6", background: "#f3f5f9" }}>
            {t("app.district")} · {t("app.name")} {t("app.full")}
          </Layout.Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}
