const DIGITS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "清空", "0", "删除"];
export const LETTERS = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ", "清空", "删除"];

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
  const press = (key: string) => {
    if (key === "删除") onChange(value.slice(0, -1));
    else if (key === "清空") onChange("");
    else if (value.length < maxLength) onChange(value + key);
  };
  return (
    <div
      className={columns > 3 ? "numpad letters" : "numpad"}
      style={{ gridTemplateColumns: `repeat(${columns}, 1fr)` }}
      data-testid={`${testId}-pad`}
    >
      {keys.map((k) => (
        <button key={k} type="button" onClick={() => press(k)} aria-label={k}>
          {k}
        </button>
      ))}
    </div>
  );
}
