import { useEffect, useRef, useState } from "react";
import { maskIdNumber, yuan, type Registration as Booking } from "@onewindow/shared";
import { ApiError } from "../../api/client.js";
import { deviceApi } from "../../devices/deviceApi.js";
import { bridge, useReader } from "../../devices/bridge.js";
import { ErrorNote } from "../ErrorNote.js";

type Named = { id: string; name: string };
type Hospital = Named & { level: string; address: string };
type Doctor = Named & { title: string; feeFen: number };
type Slot = { id: string; date: string; period: string; left: number };

/** 医疗挂号: hospital → department → doctor → a slot in the next 7 days → ID card + consent → booked, slip printed. */
export function Registration() {
  const [hospitals, setHospitals] = useState<Hospital[]>([]);
  const [hospital, setHospital] = useState<Hospital>();
  const [departments, setDepartments] = useState<Named[]>([]);
  const [department, setDepartment] = useState<Named>();
  const [doctors, setDoctors] = useState<Doctor[]>([]);
  const [doctor, setDoctor] = useState<Doctor>();
  const [slots, setSlots] = useState<Slot[]>([]);
  const [slot, setSlot] = useState<Slot>();
  const [person, setPerson] = useState<{ idNumber: string; name: string }>();
  const [booking, setBooking] = useState<Booking>();
  const [error, setError] = useState<string>();
  const key = useRef(crypto.randomUUID());
  const fail = (e: unknown) => setError(e instanceof ApiError ? e.message : "网络异常，请稍后再试");

  useEffect(() => {
    deviceApi<{ items: Hospital[] }>("/kiosk/hospitals").then((r) => setHospitals(r.items), fail);
  }, []);
  useReader("idcard", Boolean(slot) && !person, setPerson);

  const pickHospital = (h: Hospital) => {
    setHospital(h);
    deviceApi<{ items: Named[] }>(`/kiosk/hospitals/${h.id}/departments`).then(
      (r) => setDepartments(r.items),
      fail,
    );
  };
  const pickDepartment = (d: Named) => {
    setDepartment(d);
    deviceApi<{ items: Doctor[] }>(`/kiosk/hospitals/${hospital!.id}/departments/${d.id}/doctors`).then(
      (r) => setDoctors(r.items),
      fail,
    );
  };
  const pickDoctor = (d: Doctor) => {
    setDoctor(d);
    deviceApi<{ items: Slot[] }>(`/kiosk/doctors/${d.id}/slots`).then((r) => setSlots(r.items), fail);
  };

  async function book() {
    if (!slot || !person) return;
    setError(undefined);
    try {
      const b = await deviceApi<Booking>("/kiosk/registrations", {
        method: "POST",
        body: { slotId: slot.id, idNumber: person.idNumber, consent: true },
        headers: { "idempotency-key": key.current },
      });
      setBooking(b);
      await bridge
        .print({
          lines: [
            "预约挂号凭条",
            `预约号：${b.bookingNo}`,
            `医院：${b.hospital}`,
            `科室：${b.department}`,
            `医生：${b.doctor}`,
            `就诊：${b.date} ${b.period} 第 ${b.queueNo} 号`,
            `挂号费：${yuan(b.feeFen)} 元（到院缴纳）`,
            "请携带身份证按时就诊",
          ],
        })
        .catch(() => undefined);
    } catch (e) {
      fail(e);
    }
  }

  if (booking)
    return (
      <section data-testid="booking">
        <p className="lead result succeeded">预约成功，凭条已打印</p>
        <dl className="facts">
          <dt>预约号</dt>
          <dd>{booking.bookingNo}</dd>
          <dt>医院</dt>
          <dd>{booking.hospital}</dd>
          <dt>科室医生</dt>
          <dd>
            {booking.department} · {booking.doctor}
          </dd>
          <dt>就诊时间</dt>
          <dd>
            {booking.date} {booking.period} 第 {booking.queueNo} 号
          </dd>
          <dt>挂号费</dt>
          <dd>{yuan(booking.feeFen)} 元（到院缴纳）</dd>
        </dl>
      </section>
    );
  if (slot && doctor)
    return (
      <section data-testid="booking-confirm">
        <dl className="facts">
          <dt>医生</dt>
          <dd>
            {hospital?.name} · {department?.name} · {doctor.name}（{doctor.title}）
          </dd>
          <dt>时间</dt>
          <dd>
            {slot.date} {slot.period}
          </dd>
          <dt>就诊人</dt>
          <dd>{person ? `${person.name}（${maskIdNumber(person.idNumber)}）` : "请刷就诊人的身份证"}</dd>
        </dl>
        <div className="actions">
          <button onClick={() => setSlot(undefined)}>上一步</button>
          <button
            className="primary"
            disabled={!person}
            onClick={() => void book()}
            data-testid="booking-yes"
          >
            同意使用身份信息并预约
          </button>
        </div>
        <ErrorNote text={error} />
      </section>
    );

  const step = !hospital ? "医院" : !department ? "科室" : !doctor ? "医生" : "时段";
  return (
    <section>
      <p className="lead">请选择{step}</p>
      <div className="list" data-testid="registration-list">
        {!hospital &&
          hospitals.map((h) => (
            <button key={h.id} className="list-row" onClick={() => pickHospital(h)}>
              <span className="name">{h.name}</span>
              <span className="hint">
                {h.level} · {h.address}
              </span>
            </button>
          ))}
        {hospital &&
          !department &&
          departments.map((d) => (
            <button key={d.id} className="list-row" onClick={() => pickDepartment(d)}>
              <span className="name">{d.name}</span>
            </button>
          ))}
        {department &&
          !doctor &&
          doctors.map((d) => (
            <button key={d.id} className="list-row" onClick={() => pickDoctor(d)}>
              <span className="name">{d.name}</span>
              <span className="hint">
                {d.title} · 挂号费 {yuan(d.feeFen)} 元
              </span>
            </button>
          ))}
        {doctor &&
          slots.map((s) => (
            <button key={s.id} className="list-row" disabled={s.left === 0} onClick={() => setSlot(s)}>
              <span className="name">
                {s.date} {s.period}
              </span>
              <span className="hint">{s.left > 0 ? `剩余 ${s.left} 个号` : "已约满"}</span>
            </button>
          ))}
      </div>
      {hospital && (
        <div className="actions">
          <button
            onClick={() =>
              doctor ? setDoctor(undefined) : department ? setDepartment(undefined) : setHospital(undefined)
            }
          >
            上一步
          </button>
        </div>
      )}
      <ErrorNote text={error} />
    </section>
  );
}
