import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";
import { api, setUnauthenticatedHandler } from "../api/client.js";
import type { User } from "../api/types.js";

type Session = {
  user: User | null | undefined; // undefined while loading
  setUser: (user: User | null) => void;
  logout: () => Promise<void>;
  hasRole: (role: User["roles"][number]["role"]) => boolean;
};

const SessionContext = createContext<Session | undefined>(undefined);

/** Where a user starts: the window for clerks, the workbench for approvers, else the org tree. */
export function homeFor(user: User): string {
  if (user.roles.some((r) => r.role === "clerk")) return "/intake";
  if (user.roles.some((r) => r.role === "approver")) return "/tasks";
  if (user.roles.some((r) => r.role === "supervisor")) return "/supervision";
  return "/orgs";
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  useEffect(() => {
    setUnauthenticatedHandler(() => setUser(null));
    api<User>("/auth/me").then(setUser, () => setUser(null));
  }, []);
  const logout = useCallback(async () => {
    await api("/auth/logout", { method: "POST" }).catch(() => undefined);
    setUser(null);
  }, []);
  const hasRole = useCallback(
    (role: User["roles"][number]["role"]) => Boolean(user?.roles.some((r) => r.role === role)),
    [user],
  );
  return (
    <SessionContext.Provider value={{ user, setUser, logout, hasRole }}>{children}</SessionContext.Provider>
  );
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error("useSession outside SessionProvider");
  return s;
}
