import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { OrgKind } from "../api/types.js";

const COLORS: Record<OrgKind, string> = {
  district: "red",
  street: "blue",
  community: "green",
  department: "purple",
};

export function OrgKindTag({ kind }: { kind: OrgKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[kind]} style={{ marginInlineEnd: 0 }}>
      {t(`orgKind.${kind}`)}
    </Tag>
  );
}
