import { App as AntApp, ConfigProvider, Spin } from "antd";
import zhCNLocale from "antd/locale/zh_CN";
import enUSLocale from "antd/locale/en_US";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, Route, Routes, useLocation } from "react-router-dom";
import { setApiLanguage } from "../api/client.js";
import { AppLayout } from "../ui/AppLayout.js";
import { useReducedMotion } from "../ui/useReducedMotion.js";
import { homeFor, SessionProvider, useSession } from "./session.js";
import { LoginPage } from "./pages/LoginPage.js";
import { OrgsPage } from "./pages/OrgsPage.js";
import { CatalogPage } from "./pages/CatalogPage.js";
import { ItemPage } from "./pages/ItemPage.js";
import { AdminPage } from "./pages/AdminPage.js";
import { IntakePage } from "./pages/IntakePage.js";
import { TasksPage } from "./pages/TasksPage.js";
import { CasePage } from "./pages/CasePage.js";
import { CasesPage } from "./pages/CasesPage.js";
import { ProgressPage } from "./pages/ProgressPage.js";
import { QueuePage } from "./pages/QueuePage.js";
import { SupervisionPage } from "./pages/SupervisionPage.js";
import { QueuePositionPage } from "./pages/QueuePositionPage.js";
import { DashboardPage } from "./pages/DashboardPage.js";
import { InboxPage } from "./pages/InboxPage.js";

const theme = {
  token: {
    colorPrimary: "#1356a8",
    borderRadius: 6,
    fontFamily:
      '-apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif',
  },
  // A clerk's menu has five entries; keep them all visible on a 1440 px screen.
  components: { Menu: { itemPaddingInline: 14, horizontalItemSelectedBg: "#1356a8" } },
};

const stillTheme = { ...theme, token: { ...theme.token, motion: false } };

function Routed() {
  const { user, hasRole } = useSession();
  const home = user ? homeFor(user) : "/login";
  const location = useLocation();
  // Residents' pages need no sign-in.
  if (
    location.pathname === "/progress" ||
    location.pathname.startsWith("/p/") ||
    location.pathname.startsWith("/q/")
  ) {
    return (
      <Routes>
        <Route path="/progress" element={<ProgressPage />} />
        <Route path="/p/:token" element={<ProgressPage />} />
        <Route path="/q/:token" element={<QueuePositionPage />} />
      </Routes>
    );
  }
  if (user === undefined) return <Spin fullscreen />;
  if (user === null) {
    return location.pathname === "/login" ? (
      <LoginPage />
    ) : (
      <Navigate to="/login" replace state={{ from: location.pathname }} />
    );
  }
  return (
    <AppLayout>
      <Routes>
        <Route path="/login" element={<Navigate to={home} replace />} />
        <Route path="/orgs" element={<OrgsPage />} />
        <Route path="/catalog" element={<CatalogPage />} />
        <Route path="/catalog/:code" element={<ItemPage />} />
        {hasRole("admin") && <Route path="/admin" element={<AdminPage />} />}
        {hasRole("clerk") && <Route path="/intake" element={<IntakePage />} />}
        {hasRole("clerk") && <Route path="/queue" element={<QueuePage />} />}
        {hasRole("supervisor") && <Route path="/supervision" element={<SupervisionPage />} />}
        {(hasRole("supervisor") || hasRole("admin")) && (
          <Route path="/dashboard" element={<DashboardPage />} />
        )}
        {(hasRole("clerk") || hasRole("approver") || hasRole("admin")) && (
          <Route path="/inbox" element={<InboxPage />} />
        )}
        <Route path="/tasks" element={<TasksPage />} />
        <Route path="/cases" element={<CasesPage />} />
        <Route path="/cases/:caseNo" element={<CasePage />} />
        <Route path="*" element={<Navigate to={home} replace />} />
      </Routes>
    </AppLayout>
  );
}

export function App() {
  const { i18n } = useTranslation();
  const reducedMotion = useReducedMotion();
  useEffect(() => {
    setApiLanguage(i18n.language);
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);
  return (
    <ConfigProvider
      locale={i18n.language === "en" ? enUSLocale : zhCNLocale}
      theme={reducedMotion ? stillTheme : theme}
    >
      <AntApp>
        <SessionProvider>
          <Routed />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}
