// The evaluation module's front door: its routes plugin and what other modules may call.
// Nothing else in this folder is imported from outside it (eslint and module-boundaries.test.ts).

export { evaluationRoutes } from "./evaluations.routes.js";
export { ratePayment } from "./evaluations.service.js";
export { shiftRectificationDues } from "./reschedule.js";
export { RatingCreated } from "./evaluation.schemas.js";
