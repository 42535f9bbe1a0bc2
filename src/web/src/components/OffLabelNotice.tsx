/** Shown on every page: LDN is off-label and the atlas is not medical advice. */
export function OffLabelNotice(): React.JSX.Element {
  return (
    <aside className="notice" aria-label="Important notice">
      <strong>Off-label and not medical advice.</strong> Low-dose naltrexone is not approved for any of the conditions discussed here. Use
      this information to prepare questions for your prescriber or pharmacist, not to change treatment on your own.
    </aside>
  );
}
