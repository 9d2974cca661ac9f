/** A hospital appointment booked at the kiosk (医疗挂号), as the hospital system reports it. */
export type Registration = {
  bookingNo: string;
  hospital: string;
  department: string;
  doctor: string;
  date: string;
  period: string;
  queueNo: number;
  feeFen: number;
  status: "booked" | "cancelled";
};
