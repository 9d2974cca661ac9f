import { Alert, App, AutoComplete, Button, Col, Empty, Row, Select, Space, Spin, Typography } from "antd";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  chinaDate,
  FESTIVALS,
  festivalArrangements,
  parseAreaCode,
  weekdayOf,
  workdayName,
  type CalendarYear,
} from "@onewindow/shared";
import { api } from "../../api/client.js";
import type { Answer } from "../../api/contract.js";
import { errorText } from "../../ui/errors.js";
import { useLoad } from "../../ui/useLoad.js";
import { useSession } from "../session.js";
import { MonthGrid, type DayMark } from "./CalendarMonth.js";

type Years = Answer<"/api/v1/calendar">;

/** From October a long statutory limit reaches into next year, so its calendar is needed then. */
const NEXT_YEAR_NEEDED_FROM_MONTH = 10;

function marksOf(data: CalendarYear): Map<string, DayMark> {
  return new Map<string, DayMark>([
    ...data.holidays.map((d) => [d.date, { kind: "holiday", name: d.name }] as const),
    ...data.workdays.map((d) => [d.date, { kind: "workday", name: d.name }] as const),
  ]);
}

function yearOf(year: number, marks: Map<string, DayMark>): CalendarYear {
  const all = [...marks].sort(([a], [b]) => a.localeCompare(b));
  const pick = (kind: DayMark["kind"]) =>
    all.filter(([, m]) => m.kind === kind).map(([date, m]) => ({ date, name: m.name }));
  return { year, holidays: pick("holiday"), workdays: pick("workday") };
}

/**
 * One click steps a day through what it can be: a weekday is worked or off for a festival;
 * a weekend day is off, part of a festival's days off, or a make-up working day.
 */
function nextMark(date: string, current: DayMark | undefined, festival: string): DayMark | undefined {
  const weekend = [0, 6].includes(weekdayOf(date));
  if (!current) return { kind: "holiday", name: festival };
  if (current.kind === "holiday" && weekend) return { kind: "workday", name: workdayName(festival) };
  return undefined;
}

function YearEditor({ year, canEdit, onSaved }: { year: number; canEdit: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const saved = useLoad(() => api<Answer<"/api/v1/calendar/{year}">>(`/calendar/${year}`), [year]);
  const [marks, setMarks] = useState<Map<string, DayMark>>(new Map());
  const [festival, setFestival] = useState<string>(FESTIVALS[0]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (saved.data) setMarks(marksOf(saved.data));
    setError(undefined);
  }, [saved.data]);

  const edited = useMemo(() => yearOf(year, marks), [year, marks]);
  const dirty =
    saved.data !== undefined && JSON.stringify(edited) !== JSON.stringify(yearOf(year, marksOf(saved.data)));

  function toggle(date: string) {
    if (!canEdit || !festival.trim()) return;
    setMarks((prev) => {
      const next = new Map(prev);
      const mark = nextMark(date, prev.get(date), festival.trim());
      if (mark) next.set(date, mark);
      else next.delete(date);
      return next;
    });
  }

  async function save() {
    setBusy(true);
    setError(undefined);
    try {
      const { rescheduled } = await api<Answer<"/api/v1/admin/calendar/{year}", "put">>(
        `/admin/calendar/${year}`,
        {
          method: "PUT",
          body: { holidays: edited.holidays, workdays: edited.workdays },
        },
      );
      const moved = Object.values(rescheduled).some((n) => n > 0);
      void message.success({
        content: (
          <span data-testid="calendar-saved">
            {t("calendar.saved", { year })}
            <br />
            {moved ? t("calendar.rescheduled", rescheduled) : t("calendar.rescheduledNone")}
          </span>
        ),
        duration: moved ? 8 : 3,
      });
      saved.reload();
      onSaved();
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  }

  if (saved.loading && !saved.data) return <Spin />;
  if (saved.error) return <Alert type="error" showIcon title={saved.error.message} />;
  const arrangements = festivalArrangements(edited);
  const md = (date: string) =>
    t("calendar.monthDay", { m: Number(date.slice(5, 7)), d: Number(date.slice(8)) });
  const weekday = (date: string) => t(`calendar.weekdays.${weekdayOf(date)}`);

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      {canEdit && (
        <Space wrap>
          <Typography.Text>{t("calendar.marking")}</Typography.Text>
          <AutoComplete
            value={festival}
            onChange={setFestival}
            options={FESTIVALS.map((f) => ({ value: f }))}
            style={{ width: 160 }}
            aria-label={t("calendar.marking")}
            data-testid="calendar-festival"
          />
          <Typography.Text type="secondary">{t("calendar.howTo")}</Typography.Text>
        </Space>
      )}
      {error && <Alert type="error" showIcon title={error} data-testid="calendar-error" />}
      {canEdit && (
        <Space>
          <Button
            type="primary"
            onClick={() => void save()}
            loading={busy}
            disabled={!dirty}
            data-testid="calendar-save"
          >
            {t("admin.save")}
          </Button>
          <Button onClick={() => saved.data && setMarks(marksOf(saved.data))} disabled={!dirty || busy}>
            {t("calendar.undo")}
          </Button>
          {dirty && <Typography.Text type="warning">{t("calendar.unsaved")}</Typography.Text>}
        </Space>
      )}
      <Row gutter={[16, 16]}>
        {Array.from({ length: 12 }, (_, i) => (
          <Col key={i} xs={24} sm={12} lg={8} xxl={6}>
            <MonthGrid year={year} month={i + 1} marks={marks} onDay={canEdit ? toggle : undefined} />
          </Col>
        ))}
      </Row>
      <div data-testid="calendar-summary">
        <Typography.Title level={5}>{t("calendar.summary", { year })}</Typography.Title>
        {arrangements.length === 0 ? (
          <Empty description={t("calendar.none")} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <ul style={{ paddingLeft: 20, margin: 0 }}>
            {arrangements.map((a) => (
              <li key={a.name}>
                <Typography.Text strong>{a.name}</Typography.Text>
                {t("common.colon")}
                {a.periods
                  .map((p) =>
                    t("calendar.period", {
                      from: md(p.from),
                      to: p.days > 1 ? `–${md(p.to)}` : "",
                      count: p.days,
                    }),
                  )
                  .join(t("common.listSep"))}
                {a.workdays.length > 0 &&
                  `${a.periods.length > 0 ? t("common.listSep") : ""}${t("calendar.makeUp", {
                    days: a.workdays.map((d) => `${md(d)}（${weekday(d)}）`).join("、"),
                  })}`}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Space>
  );
}

/**
 * 工作日历: the days off and make-up working days every deadline is counted on. District
 * administrators enter each year from the State Council's notice; everyone else reads it.
 */
export function CalendarTab() {
  const { t } = useTranslation();
  const { user } = useSession();
  const canEdit = Boolean(
    user?.roles.some((r) => r.role === "admin" && parseAreaCode(r.orgCode)?.level === "district"),
  );
  const list = useLoad(() => api<Years>("/calendar"), []);
  const today = chinaDate(new Date());
  const thisYear = Number(today.slice(0, 4));
  const nextNeeded = Number(today.slice(5, 7)) >= NEXT_YEAR_NEEDED_FROM_MONTH;
  const held = new Map((list.data?.items ?? []).map((y) => [y.year, y]));
  const missing = [thisYear, ...(nextNeeded ? [thisYear + 1] : [])].filter((y) => !held.has(y));
  const [year, setYear] = useState<number>();
  const shown = year ?? missing[0] ?? thisYear;
  const choices = [...new Set([...held.keys(), thisYear, thisYear + 1])].sort();
  const summary = held.get(shown);

  if (list.loading && !list.data) return <Spin />;
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t("calendar.intro")}
      </Typography.Paragraph>
      {missing.map((y) => (
        <Alert
          key={y}
          type="warning"
          showIcon
          data-testid="calendar-missing"
          title={t("calendar.missing", { year: y })}
          description={t(canEdit ? "calendar.missingEdit" : "calendar.missingAsk", { year: y })}
        />
      ))}
      <Space wrap>
        <Select
          value={shown}
          onChange={setYear}
          style={{ width: 200 }}
          aria-label={t("calendar.year")}
          data-testid="calendar-year"
          options={choices.map((y) => ({
            value: y,
            label: held.has(y) ? t("calendar.yearHeld", { year: y }) : t("calendar.yearMissing", { year: y }),
          }))}
        />
        {summary && (
          <Typography.Text type="secondary">
            {summary.updatedAt
              ? t("calendar.updated", {
                  at: new Date(summary.updatedAt).toLocaleString("zh-CN", { hour12: false }),
                  by: summary.updatedBy,
                })
              : t("calendar.shipped")}
          </Typography.Text>
        )}
      </Space>
      <YearEditor
        year={shown}
        canEdit={canEdit}
        onSaved={() => {
          // Stay on the year just saved: it no longer counts as missing, which chose it.
          setYear(shown);
          list.reload();
        }}
      />
    </Space>
  );
}
