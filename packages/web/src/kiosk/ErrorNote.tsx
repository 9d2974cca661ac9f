/** A problem the resident should read (announced to screen readers). */
export function ErrorNote({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <div className="error" role="alert">
      {text}
    </div>
  );
}
