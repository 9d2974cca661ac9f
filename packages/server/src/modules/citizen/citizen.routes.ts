import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { requireDeviceOrStaff } from "../../http/auth-hook.js";
import { errors, IdempotencyHeaders, strictObject } from "../../http/schemas.js";
import type { CitizenSystems } from "./adapters.js";
import {
  Departments,
  Doctors,
  Hospitals,
  MedicalAccountAnswer,
  RegistrationAnswer,
  Slots,
  SocialSecurityAnswer,
  ViolationsAnswer,
} from "./citizen.schemas.js";
import {
  book,
  cancelBooking,
  departments,
  doctors,
  hospitals,
  medicalAccount,
  slots,
  socialSecurity,
  violations,
} from "./citizen.service.js";

const Person = strictObject({
  idNumber: Type.String({ maxLength: 18, description: "from the ID card or social-security card reader" }),
  consent: Type.Boolean({ description: "the resident tapped 同意 on the consent screen" }),
});
const Id = Type.String({ maxLength: 40, pattern: "^[A-Za-z0-9-]+$" });

/** 我的政府 on the kiosk: personal lookups (社保, 医保), 车辆违章, 医疗挂号. Kiosks, or clerks helping at the window. */
export function citizenRoutes(app: FastifyInstance, systems: CitizenSystems) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const guard = requireDeviceOrStaff("kiosk", "clerk");

  r.post(
    "/kiosk/social-security",
    {
      onRequest: guard,
      schema: {
        tags: ["kiosk"],
        summary: "社保查询（读卡 + 本人授权）：参保险种与近期缴费",
        body: Person,
        response: { 200: SocialSecurityAnswer, ...errors(400, 401, 403, 503) },
      },
    },
    async (req) => socialSecurity(req.ctx, systems, req.body),
  );

  r.post(
    "/kiosk/medical-account",
    {
      onRequest: guard,
      schema: {
        tags: ["kiosk"],
        summary: "医保个人账户划拨查询（读卡 + 本人授权）",
        body: Person,
        response: { 200: MedicalAccountAnswer, ...errors(400, 401, 403, 503) },
      },
    },
    async (req) => medicalAccount(req.ctx, systems, req.body),
  );

  r.get(
    "/kiosk/traffic-violations",
    {
      onRequest: guard,
      schema: {
        tags: ["kiosk"],
        summary: "车辆违章查询：车牌号 + 发动机号后六位",
        querystring: strictObject({
          plate: Type.String({ maxLength: 10 }),
          engineTail: Type.String({ maxLength: 6 }),
        }),
        response: { 200: ViolationsAnswer, ...errors(400, 401, 403, 404, 503) },
      },
    },
    async (req) => violations(req.ctx, systems, req.query.plate, req.query.engineTail),
  );

  r.get(
    "/kiosk/hospitals",
    {
      onRequest: guard,
      schema: {
        tags: ["kiosk"],
        summary: "医疗挂号：医院",
        response: { 200: Hospitals, ...errors(401, 403, 503) },
      },
    },
    async () => ({ items: await hospitals(systems) }),
  );
  r.get(
    "/kiosk/hospitals/:hospitalId/departments",
    {
      onRequest: guard,
      schema: {
        tags: ["kiosk"],
        summary: "医疗挂号：科室",
        params: Type.Object({ hospitalId: Id }),
        response: { 200: Departments, ...errors(401, 403, 503) },
      },
    },
    async (req) => ({ items: await departments(systems, req.params.hospitalId) }),
  );
  r.get(
    "/kiosk/hospitals/:hospitalId/departments/:departmentId/doctors",
    {
      onRequest: guard,
      schema: {
        tags: ["kiosk"],
        summary: "医疗挂号：医生",
        params: Type.Object({ hospitalId: Id, departmentId: Id }),
        response: { 200: Doctors, ...errors(401, 403, 503) },
      },
    },
    async (req) => ({ items: await doctors(systems, req.params.hospitalId, req.params.departmentId) }),
  );
  r.get(
    "/kiosk/doctors/:doctorId/slots",
    {
      onRequest: guard,
      schema: {
        tags: ["kiosk"],
        summary: "医疗挂号：未来 7 天的号源",
        params: Type.Object({ doctorId: Id }),
        response: { 200: Slots, ...errors(401, 403, 503) },
      },
    },
    async (req) => ({ items: await slots(req.ctx, systems, req.params.doctorId) }),
  );
  r.post(
    "/kiosk/registrations",
    {
      config: { idempotent: true },
      onRequest: guard,
      schema: {
        tags: ["kiosk"],
        summary: "预约挂号（读卡 + 本人授权）；同一 Idempotency-Key 只挂一个号",
        headers: IdempotencyHeaders,
        body: strictObject({
          slotId: Type.String({ maxLength: 60 }),
          idNumber: Type.String({ maxLength: 18 }),
          consent: Type.Boolean(),
        }),
        response: { 201: RegistrationAnswer, ...errors(400, 401, 403, 404, 409, 503) },
      },
    },
    async (req, reply) => {
      const requestId = req.idempotency?.key ?? crypto.randomUUID();
      return reply.status(201).send(await book(req.ctx, systems, { ...req.body, requestId }));
    },
  );
  r.post(
    "/kiosk/registrations/:bookingNo/cancel",
    {
      onRequest: guard,
      config: { idempotent: true },
      schema: {
        headers: IdempotencyHeaders,
        tags: ["kiosk"],
        summary: "取消预约挂号（须本人身份证）",
        params: Type.Object({ bookingNo: Id }),
        body: strictObject({ idNumber: Type.String({ maxLength: 18 }) }),
        response: { 200: RegistrationAnswer, ...errors(400, 401, 403, 404, 503) },
      },
    },
    async (req) => cancelBooking(req.ctx, systems, req.params.bookingNo, req.body.idNumber),
  );
}
