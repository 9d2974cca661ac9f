import { workCalendar } from "./working-days.js";

/** For tests: 国庆 2026 as published — 10/1–10/7 off, Saturday 10/10 worked. */
export const nationalDay2026 = workCalendar([
  {
    year: 2026,
    holidays: ["01", "02", "03", "04", "05", "06", "07"].map((d) => ({
      date: `2026-10-${d}`,
      name: "国庆节",
    })),
    workdays: [{ date: "2026-10-10", name: "国庆节调休上班" }],
  },
]);
