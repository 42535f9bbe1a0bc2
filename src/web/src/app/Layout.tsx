import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { NAV_ROUTES } from './routes.js';
import { OffLabelNotice } from '../components/OffLabelNotice.js';

/** Landmarks (banner, navigation, main, contentinfo), a skip link, and focus moved to the page heading on navigation. */
export function Layout({ children }: { children: ReactNode }): React.JSX.Element {
  const [location] = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = mainRef.current?.querySelector('h1');
    (heading ?? mainRef.current)?.focus();
  }, [location]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          LDN Atlas
        </Link>
        <nav aria-label="Main">
          <ul className="nav-list">
            {NAV_ROUTES.map((r) => {
              const current = location === r.path || location.startsWith(`${r.path}/`);
              return (
                <li key={r.path}>
                  <Link href={r.path} aria-current={current ? 'page' : undefined} className="nav-link">
                    {r.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      </header>
      <OffLabelNotice />
      <main id="main" ref={mainRef} tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          LDN Atlas is open source and not medical advice. Every medical statement carries its source. <a href="/api/docs">API</a>
        </p>
      </footer>
    </>
  );
}
