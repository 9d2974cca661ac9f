import { theme, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { weekdayOf } from "@onewindow/shared";

export type DayMark = { kind: "holiday" | "workday"; name: string };

const pad = (n: number) => String(n).padStart(2, "0");

/** Days of a month laid out Monday first, as Chinese wall calendars are; null pads the first week. */
function monthCells(year: number, month: number): (string | null)[] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const first = `${year}-${pad(month)}-01`;
  const lead = (weekdayOf(first) + 6) % 7;
  return [
    ...Array.from({ length: lead }, () => null),
    ...Array.from({ length: days }, (_, i) => `${year}-${pad(month)}-${pad(i + 1)}`),
  ];
}

/**
 * One month of the working-day calendar: days off for a festival marked 休, make-up working
 * days marked 班, ordinary weekends greyed. Each day is a button when the month is editable.
 */
export function MonthGrid({
  year,
  month,
  marks,
  onDay,
}: {
  year: number;
  month: number;
  marks: Map<string, DayMark>;
  onDay?: ((date: string) => void) | undefined;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const head = [1, 2, 3, 4, 5, 6, 0].map((d) => t(`calendar.weekdaysShort.${d}`));
  return (
    <div
      role="group"
      aria-label={t("calendar.monthName", { year, month })}
      style={{
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadius,
        padding: 8,
      }}
    >
      <Typography.Text strong>{t("calendar.monthName", { year, month })}</Typography.Text>
      <div style={{ display: "grid", gridTemplateColumns: "repeat(7, 1fr)", gap: 2, marginTop: 4 }}>
        {head.map((h, i) => (
          <div key={`h${i}`} style={{ textAlign: "center", fontSize: 12, color: token.colorTextSecondary }}>
            {h}
          </div>
        ))}
        {monthCells(year, month).map((date, i) => {
          if (!date) return <div key={`p${i}`} />;
          const mark = marks.get(date);
          const weekend = [0, 6].includes(weekdayOf(date));
          const off = mark ? mark.kind === "holiday" : weekend;
          const label = mark
            ? t(mark.kind === "holiday" ? "calendar.dayOff" : "calendar.dayWork", { name: mark.name })
            : t(weekend ? "calendar.dayWeekend" : "calendar.dayNormal");
          const day = Number(date.slice(8));
          const style = {
            position: "relative" as const,
            height: 34,
            border: "none",
            borderRadius: 4,
            padding: 0,
            cursor: onDay ? "pointer" : "default",
            fontSize: 13,
            background:
              mark?.kind === "holiday"
                ? token.colorErrorBg
                : mark?.kind === "workday"
                  ? token.colorInfoBg
                  : "transparent",
            color: off ? (mark ? token.colorError : token.colorTextTertiary) : token.colorText,
          };
          const badge = mark && (
            <span
              aria-hidden
              style={{
                position: "absolute",
                top: 0,
                right: 2,
                fontSize: 10,
                color: mark.kind === "holiday" ? token.colorError : token.colorInfo,
              }}
            >
              {mark.kind === "holiday" ? t("calendar.offBadge") : t("calendar.workBadge")}
            </span>
          );
          const title = `${t("calendar.monthDay", { m: month, d: day })} ${label}`;
          return onDay ? (
            <button
              key={date}
              type="button"
              data-date={date}
              title={title}
              aria-label={title}
              onClick={() => onDay(date)}
              style={style}
            >
              {day}
              {badge}
            </button>
          ) : (
            <div
              key={date}
              data-date={date}
              title={title}
              style={{ ...style, lineHeight: "34px", textAlign: "center" }}
            >
              {day}
              {badge}
            </div>
          );
        })}
      </div>
    </div>
  );
}
