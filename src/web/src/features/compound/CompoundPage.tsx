import { useEffect, useRef, useState } from 'react';
import type { CapsuleResultResponse, LiquidResultResponse } from '../../../../contracts/therapy.js';
import { CapsuleForm } from './CapsuleForm.js';
import { capsuleHeadline, CapsuleResult } from './CapsuleResult.js';
import { CAPSULE_DEFAULTS, LIQUID_DEFAULTS, type CapsuleFields, type LiquidFields, type Mode } from './compound-form.js';
import { LiquidForm } from './LiquidForm.js';
import { liquidHeadline, LiquidResult } from './LiquidResult.js';
import { useCalculator } from './useCalculator.js';
import './compound.css';

const MODES: readonly { value: Mode; label: string }[] = [
  { value: 'liquid', label: 'Liquid from tablets' },
  { value: 'capsule', label: 'Capsules' },
];

/** Compounding calculator: a liquid made from tablets, or capsules; each answer with its sources, printable. */
export default function CompoundPage(): React.JSX.Element {
  const [mode, setMode] = useState<Mode>('liquid');
  // Counts answers, so focus moves to the result after a calculation but not when the mode is switched.
  const [answers, setAnswers] = useState(0);
  const answered = (): void => setAnswers((n) => n + 1);
  const liquid = useCalculator<LiquidFields, LiquidResultResponse>(LIQUID_DEFAULTS, answered);
  const capsule = useCalculator<CapsuleFields, CapsuleResultResponse>(CAPSULE_DEFAULTS, answered);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (answers > 0) headingRef.current?.focus();
  }, [answers]);

  const shown =
    mode === 'liquid'
      ? liquid.result && {
          headline: liquidHeadline(liquid.result),
          notice: liquid.result.notice,
          body: <LiquidResult result={liquid.result} />,
        }
      : capsule.result && {
          headline: capsuleHeadline(capsule.result),
          notice: capsule.result.notice,
          body: <CapsuleResult result={capsule.result} />,
        };

  return (
    <div className="compound">
      <h1 tabIndex={-1}>Compounding calculator</h1>
      <p className="lead no-print">
        Work out a naltrexone liquid made from tablets, or a supply of capsules, to go through with a pharmacist. Nothing you enter here is
        stored.
      </p>
      <fieldset className="no-print">
        <legend>What is being made?</legend>
        {MODES.map((m) => (
          <label key={m.value} className="choice">
            <input type="radio" name="compound-mode" value={m.value} checked={mode === m.value} onChange={() => setMode(m.value)} />{' '}
            {m.label}
          </label>
        ))}
      </fieldset>

      {mode === 'liquid' ? <LiquidForm {...liquid.form} /> : <CapsuleForm {...capsule.form} />}

      {shown ? (
        <section aria-labelledby="compound-result-title" className="compound-result">
          <h2 id="compound-result-title" ref={headingRef} tabIndex={-1}>
            Result: {shown.headline}
          </h2>
          <p className="boxed-notice">
            <strong>Not medical advice.</strong> {shown.notice}
          </p>
          {shown.body}
          <div className="actions no-print">
            <button type="button" onClick={() => window.print()}>
              Print this calculation
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
