/** Blinding and the pharmacist's part, in plain words; shown on the list and in the wizard. */
export function BlindingExplainer(): React.JSX.Element {
  return (
    <section className="explainer" aria-labelledby="blinding-title">
      <h2 id="blinding-title">How the blinding works</h2>
      <ul>
        <li>
          LDN Atlas draws the order of each pair of periods by chance. You will see only period numbers and dates, never which is which, so
          what you expect cannot colour your scores.
        </li>
        <li>
          A <strong>pharmacist</strong> makes two sets of capsules that look the same and labels each period&apos;s pack with a code. They
          get a sheet with the order; print it for them without reading it. Your prescriber should agree to the trial first.
        </li>
        <li>
          Score your chosen symptom every day in the journal. On a day you are too unwell to log, press &quot;too unwell&quot;: those days
          are counted, not hidden.
        </li>
        <li>
          At the end (or at once in an emergency) you unblind the trial, giving a reason. Only then are the periods compared and the report
          for your clinician made.
        </li>
      </ul>
    </section>
  );
}
