/** Printable HTML of a plan: a self-contained page, every piece of text escaped. */
import { formatSource } from './sources.js';
import { OFF_LABEL_NOTICE, type Plan } from './titration.js';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const e = escapeHtml;

/** The page's styles. A server with a strict CSP (no inline styles) serves them as a file and passes `stylesheetHref`. */
export const PLAN_CSS = `body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#111}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left}
.notice{border:2px solid #a60;padding:.6rem 1rem;background:#fff6e5}
@media print{.notice{background:none}}
`;

export interface PlanHtmlOptions {
  /** Link this stylesheet instead of inlining PLAN_CSS in a <style> element. */
  readonly stylesheetHref?: string;
}

export function renderPlanHtml(plan: Plan, options: PlanHtmlOptions = {}): string {
  const styles = options.stylesheetHref ? `<link rel="stylesheet" href="${e(options.stylesheetHref)}">` : `<style>\n${PLAN_CSS}</style>`;
  const stepRows = plan.steps
    .map(
      (s) =>
        `<tr><td>${String(s.index + 1)}</td><td>${e(s.from)}</td><td>${e(s.to)}</td><td>${String(s.days)}</td><td>${e(s.label)}</td><td>${e(s.roundingNote ?? '')}</td></tr>`,
    )
    .join('\n');
  const advice = (items: Plan['timing']): string =>
    items
      .map(
        (a) =>
          `<li><strong>${e(a.title)}</strong>${a.trigger ? ` <em>(${e(a.trigger)})</em>` : ''}: ${e(a.text)} <small>[${a.sources
            .map((s) => e(s.id))
            .join(', ')}]</small></li>`,
      )
      .join('\n');
  const sources = plan.sources
    .map((s) => `<li id="src-${e(s.id)}">${e(formatSource(s))}${s.strength === 'weak' ? ' <em>(weak source)</em>' : ''}</li>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${e(`LDN plan: ${plan.protocol.name}`)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
${styles}
</head>
<body>
<h1>${e(`LDN plan: ${plan.protocol.name}`)}</h1>
<p class="notice"><strong>Not medical advice.</strong> ${e(OFF_LABEL_NOTICE)}</p>
<p>${e(plan.protocol.description)}</p>
<p>From ${e(plan.startDate)} to ${e(plan.endDate)} (${String(plan.durationDays)} days). Form: ${e(plan.form.kind)}${
    plan.form.kind === 'liquid' ? ` at ${e(plan.form.concentrationMgPerMl)} mg/mL` : ''
  }.</p>
${
  plan.notices.length > 1
    ? `<ul>${plan.notices
        .slice(1)
        .map((n) => `<li>${e(n)}</li>`)
        .join('')}</ul>`
    : ''
}
<h2>Steps</h2>
<table>
<thead><tr><th>Step</th><th>From</th><th>To</th><th>Days</th><th>Daily dose</th><th>Rounding</th></tr></thead>
<tbody>
${stepRows}
</tbody>
</table>
<h2>Notes on this protocol</h2>
<ul>${plan.protocol.notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul>
<h2>When to take it</h2>
<ul>
${advice(plan.timing)}
</ul>
<h2>If side effects appear</h2>
<ul>
${advice(plan.sideEffectRules)}
</ul>
<h2>Sources</h2>
<ol>
${sources}
</ol>
</body>
</html>
`;
}
