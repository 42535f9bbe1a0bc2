/** The API's own warning that a personal record is uncontrolled; shown before any comparison. */
export function Caveat({ text }: { text: string }): React.JSX.Element {
  return (
    <div className="caveat" role="note" aria-label="Caveat">
      <p>
        <strong>Read this first.</strong> {text}
      </p>
    </div>
  );
}
