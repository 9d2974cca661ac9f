import { Type } from "typebox";
import { DateOnly, IsoTime } from "../../http/schemas.js";

/** Response schemas of 我的政府 on the kiosk (社保, 医保, 车辆违章, 医疗挂号). */

const Month = Type.String({ description: "YYYY-MM", examples: ["2026-11"] });

export const SocialSecurityAnswer = Type.Object({
  idNumberMasked: Type.String({ description: "脱敏身份证号" }),
  schemes: Type.Array(
    Type.Object({
      scheme: Type.String({ description: "险种" }),
      status: Type.String({ description: "参保状态" }),
      since: Month,
      monthsPaid: Type.Integer({ description: "累计缴费月数" }),
      lastPaidMonth: Month,
    }),
  ),
  recent: Type.Array(
    Type.Object(
      {
        month: Month,
        scheme: Type.String(),
        baseFen: Type.Integer({ description: "缴费基数（分）" }),
        personalFen: Type.Integer({ description: "个人缴费（分）" }),
        employerFen: Type.Integer({ description: "单位缴费（分）" }),
      },
      { description: "近期缴费" },
    ),
  ),
});

export const MedicalAccountAnswer = Type.Object({
  idNumberMasked: Type.String({ description: "脱敏身份证号" }),
  balanceFen: Type.Integer({ description: "个人账户余额（分）" }),
  transfers: Type.Array(
    Type.Object(
      { month: Month, amountFen: Type.Integer(), note: Type.String() },
      { description: "按月划入" },
    ),
  ),
});

export const ViolationsAnswer = Type.Object({
  plate: Type.String({ description: "规范化后的车牌号" }),
  items: Type.Array(
    Type.Object({
      at: IsoTime,
      place: Type.String(),
      act: Type.String({ description: "违法行为" }),
      points: Type.Integer({ description: "记分" }),
      fineFen: Type.Integer({ description: "罚款（分）" }),
      handled: Type.Boolean({ description: "已处理" }),
    }),
  ),
  unhandled: Type.Integer({ description: "未处理条数" }),
  totalFineFen: Type.Integer({ description: "未处理罚款合计（分）" }),
  totalPoints: Type.Integer({ description: "未处理记分合计" }),
});

export const Hospitals = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      level: Type.String({ description: "医院等级，如 三级甲等" }),
      address: Type.String(),
    }),
  ),
});

export const Departments = Type.Object({
  items: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
});

export const Doctors = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      title: Type.String({ description: "职称" }),
      feeFen: Type.Integer({ description: "挂号费（分）" }),
    }),
  ),
});

export const Slots = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String({ description: "号源编号（预约时提交）" }),
      doctorId: Type.String(),
      date: DateOnly,
      period: Type.Union([Type.Literal("上午"), Type.Literal("下午")]),
      left: Type.Integer({ description: "剩余号数" }),
    }),
  ),
});

/** A booking as the hospital tells it (no slot key, no ID number). */
export const RegistrationAnswer = Type.Object({
  bookingNo: Type.String({ description: "预约号" }),
  hospital: Type.String(),
  department: Type.String(),
  doctor: Type.String({ description: "医生（职称）" }),
  date: DateOnly,
  period: Type.String({ description: "上午 / 下午" }),
  queueNo: Type.Integer({ description: "就诊序号" }),
  feeFen: Type.Integer({ description: "挂号费（分）" }),
  status: Type.Union([Type.Literal("booked"), Type.Literal("cancelled")]),
});
