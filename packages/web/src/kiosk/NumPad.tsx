import { useTranslation } from "react-i18next";

/** The two editing keys; every other key types itself. */
const CLEAR = "clear";
const DELETE = "delete";
const DIGITS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", CLEAR, "0", DELETE];
export const LETTERS = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ", CLEAR, DELETE];

/** An on-screen key pad (kiosks have no keyboard); physical keys work too, through the input. */
export function NumPad({
  value,
  onChange,
  maxLength,
  testId,
  keys = DIGITS,
  columns = 3,
}: {
  value: string;
  onChange: (next: string) => void;
  maxLength: number;
  testId: string;
  keys?: string[];
  columns?: number;
}) {
  const { t } = useTranslation();
  const press = (key: string) => {
    if (key === DELETE) onChange(value.slice(0, -1));
    else if (key === CLEAR) onChange("");
    else if (value.length < maxLength) onChange(value + key);
  };
  const label = (key: string) =>
    key === CLEAR ? t("numpad.clear") : key === DELETE ? t("numpad.delete") : key;
  return (
    <div
      className={columns > 3 ? "numpad letters" : "numpad"}
      style={{ gridTemplateColumns: `repeat(${columns}, 1fr)` }}
      data-testid={`${testId}-pad`}
    >
      {keys.map((k) => (
        <button key={k} type="button" onClick={() => press(k)} aria-label={label(k)}>
          {label(k)}
        </button>
      ))}
    </div>
  );
}
