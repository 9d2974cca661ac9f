import { api } from "../api/client.js";
import type { Answer } from "../api/contract.js";
import type { OrgItem } from "../api/types.js";

export type OrgNode = {
  key: string;
  title: string;
  isLeaf: boolean;
  kind: OrgItem["kind"];
  children?: OrgNode[];
};

export async function loadOrgChildren(parent?: string): Promise<OrgNode[]> {
  const { items } = await api<Answer<"/api/v1/orgs">>(`/orgs${parent ? `?parent=${parent}` : ""}`);
  return items.map((o) => ({ key: o.code, title: o.shortName, isLeaf: o.childCount === 0, kind: o.kind }));
}

/** Returns a copy of `nodes` with `children` set under the node `key`. */
export function withChildren(nodes: OrgNode[], key: string, children: OrgNode[]): OrgNode[] {
  return nodes.map((n) => {
    if (n.key === key) return { ...n, children };
    if (n.children) return { ...n, children: withChildren(n.children, key, children) };
    return n;
  });
}
