/**
 * Quarterly efficiency review (绩效评估) of one office: figures in, grade out,
 * with the reasons in plain Chinese so the office sees which threshold it missed.
 * Thresholds are local practice, so they are data (`ReviewRule`), not constants.
 */
export const REVIEW_GRADES = ["excellent", "good", "pass", "fail"] as const;
export type ReviewGrade = (typeof REVIEW_GRADES)[number];

export const REVIEW_GRADE_TEXT: Record<ReviewGrade, string> = {
  excellent: "优秀",
  good: "良好",
  pass: "合格",
  fail: "不合格",
};

export type ReviewFigures = {
  /** Tasks the office finished in the quarter. */
  completed: number;
  /** Of those, finished on or before their due date. */
  onTime: number;
  yellowCards: number;
  redCards: number;
  /** Ratings of the office's cases (after upheld appeals are removed). */
  ratings: number;
  /** Mean rating 1–5, undefined when nobody rated. */
  meanRating: number | undefined;
};

type GradeBar = { onTimeRate: number; maxRedCards: number; minMeanRating: number };

export type ReviewRule = Record<Exclude<ReviewGrade, "fail">, GradeBar>;

export const DEFAULT_REVIEW_RULE: ReviewRule = {
  excellent: { onTimeRate: 0.98, maxRedCards: 0, minMeanRating: 4.5 },
  good: { onTimeRate: 0.95, maxRedCards: 1, minMeanRating: 4 },
  pass: { onTimeRate: 0.85, maxRedCards: 3, minMeanRating: 3 },
};

export function onTimeRate(f: Pick<ReviewFigures, "completed" | "onTime">): number | undefined {
  return f.completed === 0 ? undefined : f.onTime / f.completed;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Why `f` falls short of `bar` (empty when it meets it). An office with no finished tasks has no on-time rate to miss. */
function shortfalls(f: ReviewFigures, bar: GradeBar): string[] {
  const out: string[] = [];
  const rate = onTimeRate(f);
  if (rate !== undefined && rate < bar.onTimeRate)
    out.push(`按时办结率 ${pct(rate)}，需 ≥ ${pct(bar.onTimeRate)}`);
  if (f.redCards > bar.maxRedCards) out.push(`红牌 ${f.redCards} 张，至多 ${bar.maxRedCards} 张`);
  if (f.meanRating !== undefined && f.meanRating < bar.minMeanRating)
    out.push(`平均评价 ${f.meanRating.toFixed(2)} 分，需 ≥ ${bar.minMeanRating}`);
  return out;
}

export type ReviewResult = {
  grade: ReviewGrade;
  gradeText: string;
  /** The rule as applied: the bar of the grade reached, and what kept it from the one above. */
  reasons: string[];
};

export function reviewGrade(f: ReviewFigures, rule: ReviewRule = DEFAULT_REVIEW_RULE): ReviewResult {
  const order = ["excellent", "good", "pass"] as const;
  const reasons: string[] = [];
  for (const grade of order) {
    const missed = shortfalls(f, rule[grade]);
    if (missed.length === 0) {
      const bar = rule[grade];
      reasons.push(
        `${REVIEW_GRADE_TEXT[grade]}：按时办结率 ≥ ${pct(bar.onTimeRate)}、红牌 ≤ ${bar.maxRedCards} 张、平均评价 ≥ ${bar.minMeanRating} 分`,
      );
      return { grade, gradeText: REVIEW_GRADE_TEXT[grade], reasons };
    }
    reasons.push(`未达${REVIEW_GRADE_TEXT[grade]}：${missed.join("；")}`);
  }
  return { grade: "fail", gradeText: REVIEW_GRADE_TEXT.fail, reasons };
}

/** "2026Q3" → first and last China date of the quarter. */
export function quarterRange(quarter: string): { from: string; to: string } | undefined {
  const m = /^(\d{4})Q([1-4])$/.exec(quarter);
  if (!m) return undefined;
  const year = Number(m[1]);
  const q = Number(m[2]);
  const startMonth = (q - 1) * 3 + 1;
  const endMonth = startMonth + 2;
  const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
  const mm = (n: number) => String(n).padStart(2, "0");
  return { from: `${year}-${mm(startMonth)}-01`, to: `${year}-${mm(endMonth)}-${mm(lastDay)}` };
}
