/** An honest placeholder for a section that is not built yet. */
export function ComingSoonPage({ title, what }: { title: string; what: string }): React.JSX.Element {
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      <p className="status-coming" role="status">
        Coming soon. This section is not built yet.
      </p>
      <p>When it is ready it will offer {what}.</p>
    </>
  );
}
