// The calendar module's front door: its routes plugin and what other modules may call.
// Nothing else in this folder is imported from outside it (eslint and module-boundaries.test.ts).

export { calendarRoutes } from "./calendar.routes.js";
export { loadBundledCalendars, loadWorkCalendar } from "./calendar.service.js";
export type { DueShifter } from "./reschedule.service.js";
