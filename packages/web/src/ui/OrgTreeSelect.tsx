import { TreeSelect } from "antd";
import { useEffect, useState } from "react";
import { loadOrgChildren, withChildren, type OrgNode } from "./orgTree.js";

type Props = {
  value?: string;
  onChange?: (code: string) => void;
  placeholder?: string;
  id?: string;
  hallsOnly?: boolean;
};

/**
 * Picks an org from the caller's visible tree, loading levels as they are opened.
 * The top of the tree arrives already open, so the streets show at once.
 */
export function OrgTreeSelect({ value, onChange, placeholder, id, hallsOnly = false }: Props) {
  const [nodes, setNodes] = useState<OrgNode[]>([]);
  const [expanded, setExpanded] = useState<string[]>([]);
  useEffect(() => {
    void (async () => {
      const top = await loadOrgChildren();
      const first = top[0];
      if (top.length === 1 && first && !first.isLeaf) {
        setNodes(withChildren(top, first.key, await loadOrgChildren(first.key)));
        setExpanded([first.key]);
      } else {
        setNodes(top);
      }
    })();
  }, []);
  const shape = (list: OrgNode[]): object[] =>
    list
      .filter((n) => !hallsOnly || n.kind !== "department")
      .map((n) => ({
        value: n.key,
        title: n.title,
        isLeaf: n.isLeaf,
        children: n.children ? shape(n.children) : undefined,
      }));
  return (
    <TreeSelect
      id={id}
      showSearch
      treeNodeFilterProp="title"
      value={value}
      onChange={(v: string) => onChange?.(v)}
      placeholder={placeholder}
      treeData={shape(nodes)}
      treeExpandedKeys={expanded}
      onTreeExpand={(keys) => setExpanded(keys.map(String))}
      loadData={async (node) => {
        const key = String(node.value);
        const children = await loadOrgChildren(key);
        setNodes((n) => withChildren(n, key, children));
      }}
      popupMatchSelectWidth={false}
      style={{ width: "100%" }}
    />
  );
}
