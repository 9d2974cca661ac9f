import { LockOutlined, TranslationOutlined, UserOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router-dom";
import { api, ApiError } from "../../api/client.js";
import type { Answer, RequestBody } from "../../api/contract.js";
import type { User } from "../../api/types.js";
import { switchLanguage } from "../../i18n/index.js";
import { Brand } from "../../ui/Brand.js";
import { homeFor, useSession } from "../session.js";

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const { setUser } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(values: RequestBody<"/api/v1/auth/login">) {
    setBusy(true);
    setError(undefined);
    try {
      await api<Answer<"/api/v1/auth/login", "post">>("/auth/login", { method: "POST", body: values });
      const me = await api<User>("/auth/me");
      setUser(me);
      const from = (location.state as { from?: string } | null)?.from;
      void navigate(from && from !== "/login" && from !== "/" ? from : homeFor(me), { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t("common.error"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div
      style={{
        minHeight: "100vh",
        display: "grid",
        gridTemplateColumns: "minmax(0, 1.2fr) minmax(420px, 1fr)",
      }}
    >
      <section
        style={{
          background: "linear-gradient(135deg, #0f3d7a 0%, #1356a8 60%, #2a6fc9 100%)",
          color: "white",
          padding: "64px 72px",
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
        }}
      >
        <Brand dark large />
        <div>
          <Typography.Title style={{ color: "white", fontSize: 40, marginBottom: 16 }}>
            {t("login.slogan")}
          </Typography.Title>
          <Typography.Paragraph style={{ color: "#dbe7f7", fontSize: 17, maxWidth: 560 }}>
            {i18n.language === "en"
              ? "Any community window accepts any of the district's service items; every case flows community → street → bureau on a working-day clock, and residents follow it at the kiosk, online or by SMS."
              : "任一社区综合窗口受理全区下沉服务事项，办件按工作日时限在社区、街道、区直部门间流转并联审批，居民可在自助终端、网上和短信随时查询进度。"}
          </Typography.Paragraph>
        </div>
        <Typography.Text style={{ color: "#9fb6d8" }}>
          {t("app.district")} · 16 个街道 · 131 个社区（村）
        </Typography.Text>
      </section>
      <section style={{ display: "grid", placeItems: "center", background: "#f3f5f9", position: "relative" }}>
        <Button
          type="text"
          icon={<TranslationOutlined />}
          style={{ position: "absolute", top: 24, right: 24 }}
          onClick={() => switchLanguage(i18n.language === "en" ? "zh-CN" : "en")}
        >
          {t("header.language")}
        </Button>
        <Card style={{ width: 380, boxShadow: "0 8px 24px rgba(15,61,122,.12)" }}>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t("login.title")}
          </Typography.Title>
          {error && (
            <Alert
              type="error"
              showIcon
              title={error}
              style={{ marginBottom: 16 }}
              data-testid="login-error"
            />
          )}
          <Form
            layout="vertical"
            size="large"
            onFinish={(v: { username: string; password: string }) => void submit(v)}
            requiredMark={false}
          >
            <Form.Item
              name="username"
              label={t("login.username")}
              rules={[{ required: true, message: t("login.usernameRequired") }]}
            >
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item
              name="password"
              label={t("login.password")}
              rules={[{ required: true, message: t("login.passwordRequired") }]}
            >
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t("login.submit")}
            </Button>
          </Form>
          <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 13 }}>
            {t("login.hint")}
          </Typography.Paragraph>
        </Card>
      </section>
    </div>
  );
}
