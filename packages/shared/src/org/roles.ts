/** Staff roles; each is granted over an org and everything below it (jurisdiction). */
export const ROLES = ["admin", "clerk", "approver", "supervisor"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { "zh-CN": string; en: string }> = {
  admin: { "zh-CN": "系统管理员", en: "Administrator" },
  clerk: { "zh-CN": "综合窗口受理员", en: "Window clerk" },
  approver: { "zh-CN": "审核审批人员", en: "Approver" },
  supervisor: { "zh-CN": "电子监察人员", en: "Supervisor" },
};

export const ORG_KINDS = ["district", "street", "community", "department"] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/**
 * True when `path` lies inside the subtree rooted at `rootPath`.
 * Org paths are codes joined by "/" from the district down.
 */
export function isWithinPath(path: string, rootPath: string): boolean {
  return path === rootPath || path.startsWith(rootPath + "/");
}
