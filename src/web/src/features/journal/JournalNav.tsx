import { Link, useLocation } from 'wouter';

const PAGES = [
  { href: '/', label: 'Check-in' },
  { href: '/insights', label: 'Insights' },
  { href: '/summary', label: 'Summary for a clinic visit' },
  { href: '/data', label: 'Export and import' },
  { href: '/account', label: 'Account' },
] as const;

/** The journal's own pages; paths are relative to /journal. */
export function JournalNav(): React.JSX.Element {
  const [location] = useLocation();
  return (
    <nav aria-label="Journal" className="sub-nav no-print">
      <ul>
        {PAGES.map((p) => (
          <li key={p.href}>
            <Link href={p.href} aria-current={location === p.href ? 'page' : undefined}>
              {p.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
