import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { maskIdNumber, yuan } from "@onewindow/shared";
import { ApiError } from "../../api/client.js";
import type { Answer, ItemOf } from "../../api/contract.js";
import { deviceApi } from "../../devices/deviceApi.js";
import { bridge, useReader } from "../../devices/bridge.js";
import { ErrorNote } from "../ErrorNote.js";

type Hospitals = Answer<"/api/v1/kiosk/hospitals">;
type Hospital = ItemOf<Hospitals["items"]>;
type Departments = Answer<"/api/v1/kiosk/hospitals/{hospitalId}/departments">;
type Department = ItemOf<Departments["items"]>;
type Doctors = Answer<"/api/v1/kiosk/hospitals/{hospitalId}/departments/{departmentId}/doctors">;
type Doctor = ItemOf<Doctors["items"]>;
type Slots = Answer<"/api/v1/kiosk/doctors/{doctorId}/slots">;
type Slot = ItemOf<Slots["items"]>;
type Booking = Answer<"/api/v1/kiosk/registrations", "post">;

/** 医疗挂号: hospital → department → doctor → a slot in the next 7 days → ID card + consent → booked, slip printed. */
export function Registration() {
  const { t } = useTranslation();
  const [hospitals, setHospitals] = useState<Hospital[]>([]);
  const [hospital, setHospital] = useState<Hospital>();
  const [departments, setDepartments] = useState<Department[]>([]);
  const [department, setDepartment] = useState<Department>();
  const [doctors, setDoctors] = useState<Doctor[]>([]);
  const [doctor, setDoctor] = useState<Doctor>();
  const [slots, setSlots] = useState<Slot[]>([]);
  const [slot, setSlot] = useState<Slot>();
  const [person, setPerson] = useState<{ idNumber: string; name: string }>();
  const [booking, setBooking] = useState<Booking>();
  const [error, setError] = useState<string>();
  const key = useRef(crypto.randomUUID());
  const fail = (e: unknown) => setError(e instanceof ApiError ? e.message : t("common.networkError"));

  useEffect(() => {
    deviceApi<Hospitals>("/kiosk/hospitals").then((r) => setHospitals(r.items), fail);
  }, []);
  useReader("idcard", Boolean(slot) && !person, setPerson);

  const pickHospital = (h: Hospital) => {
    setHospital(h);
    deviceApi<Departments>(`/kiosk/hospitals/${h.id}/departments`).then((r) => setDepartments(r.items), fail);
  };
  const pickDepartment = (d: Department) => {
    setDepartment(d);
    deviceApi<Doctors>(`/kiosk/hospitals/${hospital!.id}/departments/${d.id}/doctors`).then(
      (r) => setDoctors(r.items),
      fail,
    );
  };
  const pickDoctor = (d: Doctor) => {
    setDoctor(d);
    deviceApi<Slots>(`/kiosk/doctors/${d.id}/slots`).then((r) => setSlots(r.items), fail);
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
            t("registration.slip.title"),
            t("registration.slip.bookingNo", { value: b.bookingNo }),
            t("registration.slip.hospital", { value: b.hospital }),
            t("registration.slip.department", { value: b.department }),
            t("registration.slip.doctor", { value: b.doctor }),
            t("registration.slip.visit", { date: b.date, period: b.period, queueNo: b.queueNo }),
            t("registration.slip.fee", { amount: yuan(b.feeFen) }),
            t("registration.slip.bring"),
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
        <p className="lead result succeeded">{t("registration.booked")}</p>
        <dl className="facts">
          <dt>{t("registration.bookingNo")}</dt>
          <dd>{booking.bookingNo}</dd>
          <dt>{t("registration.hospital")}</dt>
          <dd>{booking.hospital}</dd>
          <dt>{t("registration.departmentDoctor")}</dt>
          <dd>
            {booking.department} · {booking.doctor}
          </dd>
          <dt>{t("registration.visitTime")}</dt>
          <dd>
            {t("registration.visit", {
              date: booking.date,
              period: booking.period,
              queueNo: booking.queueNo,
            })}
          </dd>
          <dt>{t("registration.feeLabel")}</dt>
          <dd>{t("registration.feeAtHospital", { amount: yuan(booking.feeFen) })}</dd>
        </dl>
      </section>
    );
  if (slot && doctor)
    return (
      <section data-testid="booking-confirm">
        <dl className="facts">
          <dt>{t("registration.doctor")}</dt>
          <dd>
            {t("registration.doctorLine", {
              hospital: hospital?.name ?? "",
              department: department?.name ?? "",
              doctor: doctor.name,
              title: doctor.title,
            })}
          </dd>
          <dt>{t("registration.time")}</dt>
          <dd>
            {slot.date} {slot.period}
          </dd>
          <dt>{t("registration.patient")}</dt>
          <dd>
            {person
              ? t("common.person", { name: person.name, id: maskIdNumber(person.idNumber) })
              : t("registration.swipePatient")}
          </dd>
        </dl>
        <div className="actions">
          <button onClick={() => setSlot(undefined)}>{t("common.back")}</button>
          <button
            className="primary"
            disabled={!person}
            onClick={() => void book()}
            data-testid="booking-yes"
          >
            {t("registration.agree")}
          </button>
        </div>
        <ErrorNote text={error} />
      </section>
    );

  const step = !hospital ? "hospital" : !department ? "department" : !doctor ? "doctor" : "slot";
  return (
    <section>
      <p className="lead">{t(`registration.pick.${step}`)}</p>
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
                {d.title} · {t("registration.fee", { amount: yuan(d.feeFen) })}
              </span>
            </button>
          ))}
        {doctor &&
          slots.map((s) => (
            <button key={s.id} className="list-row" disabled={s.left === 0} onClick={() => setSlot(s)}>
              <span className="name">
                {s.date} {s.period}
              </span>
              <span className="hint">
                {s.left > 0 ? t("registration.left", { count: s.left }) : t("registration.full")}
              </span>
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
            {t("common.back")}
          </button>
        </div>
      )}
      <ErrorNote text={error} />
    </section>
  );
}
