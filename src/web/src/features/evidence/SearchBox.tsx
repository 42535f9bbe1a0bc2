import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'wouter';
import { api } from '../../api/client.js';
import type { SearchResultResponse } from '../../../../contracts/evidence.js';

type Hit = SearchResultResponse['results'][number];

const TYPE_WORDS: Record<Hit['type'], string> = { condition: 'Condition', study: 'Study', claim: 'Article claim' };

/** Where a hit opens; a claim opens its article's page at the claim. Paths are relative to /evidence. */
export function hitHref(hit: Hit): string {
  if (hit.type === 'condition') return `/conditions/${hit.id}`;
  if (hit.type === 'study') return `/studies/${hit.id}`;
  return hit.sourceId ? `/sources/${hit.sourceId}#claim-${hit.id}` : '/';
}

/**
 * One box searching conditions, studies and claims. Results are plain links; the
 * arrow keys move between the box and the links (Escape goes back to the box), and
 * Tab works as usual. The count is announced politely.
 */
export function SearchBox(): React.JSX.Element {
  const id = useId();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<readonly Hit[] | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (query.trim() === '') {
      setHits(undefined);
      return;
    }
    let live = true;
    // A short pause so each keystroke does not send a request.
    const timer = setTimeout(() => {
      api.get<SearchResultResponse>(`/api/search?q=${encodeURIComponent(query)}&limit=12`).then(
        (r) => {
          if (!live) return;
          setHits(r.results);
          setError(undefined);
        },
        (caught: unknown) => live && setError(caught instanceof Error ? caught.message : 'Search failed.'),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  const links = (): HTMLAnchorElement[] => [...(listRef.current?.querySelectorAll('a') ?? [])];
  const onKey = (e: KeyboardEvent<HTMLElement>): void => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' && all.length > 0) {
      e.preventDefault();
      all[Math.min(at + 1, all.length - 1)]?.focus();
    } else if (e.key === 'ArrowUp' && at >= 0) {
      e.preventDefault();
      if (at === 0) inputRef.current?.focus();
      else all[at - 1]?.focus();
    } else if (e.key === 'Escape' && at >= 0) {
      e.preventDefault();
      inputRef.current?.focus();
    }
  };

  const status =
    hits === undefined
      ? ''
      : hits.length === 0
        ? `Nothing found for “${query}”.`
        : `${hits.length} result${hits.length === 1 ? '' : 's'}, best first.`;

  return (
    <div role="search" className="evidence-search" onKeyDown={onKey}>
      <label htmlFor={id}>Search conditions, studies and article claims</label>
      <p id={`${id}-hint`} className="hint">
        Names, abbreviations and misspellings work: “MS”, “fibro”, “chrons”. Use the arrow keys to move through the results.
      </p>
      <input
        ref={inputRef}
        id={id}
        type="search"
        value={query}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        aria-controls={`${id}-results`}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p role="status" className="search-status">
        {error ? `Search failed: ${error}` : status}
      </p>
      <ul id={`${id}-results`} ref={listRef} className="search-results" aria-label="Search results">
        {(hits ?? []).map((h) => (
          <li key={`${h.type}:${h.id}`}>
            <Link href={hitHref(h)}>
              <span className="hit-type">{TYPE_WORDS[h.type]}:</span> {h.title}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
