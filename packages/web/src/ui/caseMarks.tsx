import { Tag } from "antd";
import { useTranslation } from "react-i18next";

/** Tag colours of a case's status, the same on every staff screen. */
export const STATUS_COLOR: Record<string, string> = {
  accepted: "blue",
  in_review: "processing",
  supplement_required: "orange",
  approved: "green",
  rejected: "red",
};

/** 临期 when due today or tomorrow, 超期 when past due (China date). */
export function urgency(dueAt: string): "overdue" | "soon" | undefined {
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const due = dueAt.slice(0, 10);
  if (due < today) return "overdue";
  const tomorrow = new Date(Date.now() + 32 * 3_600_000).toISOString().slice(0, 10);
  return due <= tomorrow ? "soon" : undefined;
}

/** A due date with its 临期/超期 mark. */
export function DueMark({ dueAt }: { dueAt: string }) {
  const { t } = useTranslation();
  const u = urgency(dueAt);
  return u ? (
    <Tag color={u === "overdue" ? "red" : "orange"} data-testid="due-mark">
      {t(`tasks.${u}`)}
    </Tag>
  ) : null;
}
