import { Link } from 'wouter';
import { NAV_ROUTES } from '../app/routes.js';

const BLURBS: Record<string, string> = {
  '/evidence': 'Conditions LDN is claimed for, every study we found, and a grade you can trace.',
  '/check': 'Paste an article and see which claims the trials back and which they do not.',
  '/plan': 'Screen your medicines for opioids, then build a titration schedule and a pharmacy calculation.',
  '/compound': 'Work out a liquid made from tablets, or a supply of capsules, with fillers, storage and cost.',
  '/journal': 'Log doses, symptoms and side effects in under half a minute a day.',
  '/trials': 'Run a blinded, randomised trial of LDN on yourself, with your prescriber and pharmacist.',
};

export function HomePage(): React.JSX.Element {
  return (
    <>
      <h1 tabIndex={-1}>LDN Atlas</h1>
      <p className="lead">
        Low-dose naltrexone (LDN) is naltrexone taken at about 0.5 to 4.5 mg a day, far below the 50 mg used for addiction. Articles online
        credit it with helping dozens of diseases; the controlled trials tell a more mixed story. LDN Atlas sets the claims beside the
        evidence.
      </p>
      <ul className="card-grid">
        {NAV_ROUTES.map((r) => (
          <li key={r.path} className="card">
            <h2>
              <Link href={r.path}>{r.label}</Link>
            </h2>
            <p>{BLURBS[r.path]}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
