import {
  ApartmentOutlined,
  ApiOutlined,
  AppstoreOutlined,
  LogoutOutlined,
  SettingOutlined,
  TranslationOutlined,
} from "@ant-design/icons";
import { Avatar, Button, Layout, Menu, Space, Tag, Tooltip, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router-dom";
import { switchLanguage } from "../i18n/index.js";
import { useSession } from "../staff/session.js";
import { Brand } from "./Brand.js";

export function AppLayout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { user, logout, hasRole } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const section = "/" + (location.pathname.split("/")[1] ?? "");
  const items = [
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
        <Menu
          mode="horizontal"
          theme="dark"
          selectedKeys={[section]}
          items={items}
          onClick={({ key }) => void navigate(key)}
          style={{ flex: 1, minWidth: 380, background: "transparent", fontSize: 15 }}
        />
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
            <span style={{ color: "white", lineHeight: 1.35, display: "inline-block" }}>
              <div>{user?.name}</div>
              <Typography.Text style={{ color: "#b8c9e3", fontSize: 12 }}>{user?.orgName}</Typography.Text>
            </span>
            {user?.roles.map((r) => (
              <Tag key={r.role + r.orgCode} color="gold" style={{ marginInlineEnd: 0 }}>
                {t(`roles.${r.role}`)}
              </Tag>
            ))}
          </Space>
          <Button icon={<LogoutOutlined />} onClick={() => void logout()}>
            {t("header.logout")}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, background: "#f3f5f9" }}>{children}</Layout.Content>
      <Layout.Footer style={{ textAlign: "center", color: "#8a94a6", background: "#f3f5f9" }}>
        {t("app.district")} · {t("app.name")} {t("app.full")}
      </Layout.Footer>
    </Layout>
  );
}
