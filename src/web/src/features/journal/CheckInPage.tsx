import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.js';
import { useFormErrors } from '../../components/form/useFormErrors.js';
import { useSession } from '../account/useSession.js';
import { CheckInForm } from './CheckInForm.js';
import { keepDraft, takeDraft } from './draft.js';
import { formatDay, localDay, localTime } from './dates.js';
import { stateForDay, toRequest, type CheckInState } from './entryForm.js';
import { RecentEntries } from './RecentEntries.js';
import { ScalePicker } from './ScalePicker.js';
import type { Entry, ScaleChoice } from './types.js';
import { useApiData } from './useApiData.js';

const isDay = (v: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(v);

export function CheckInPage(): React.JSX.Element {
  const entries = useApiData<{ entries: Entry[] }>('/api/journal/entries');
  const scales = useApiData<{ scales: ScaleChoice[] }>('/api/journal/scales');
  const errors = useFormErrors();
  const [state, setState] = useState<CheckInState | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; near: 'top' | 'bottom' }>({ text: '', near: 'bottom' });
  const list = entries.data?.entries;
  const { session, sessionEnded } = useSession();
  const userId = session?.user?.id;

  useEffect(() => {
    if (!list || state !== null) return;
    const draft = userId ? takeDraft(userId) : undefined;
    setState(draft ?? stateForDay(localDay(), list, localTime()));
    if (draft)
      setMessage({ text: 'Your check-in from before you signed in again is back. Press “Save check-in” to keep it.', near: 'bottom' });
  }, [list, state, userId]);

  function changeDay(day: string): void {
    if (!list || !state) return;
    errors.clear();
    setMessage({ text: '', near: 'bottom' });
    setState(isDay(day) ? stateForDay(day, list, localTime()) : { ...state, day });
  }

  async function save(): Promise<void> {
    if (!state) return;
    setBusy(true);
    errors.clear();
    try {
      const res = await api.post<{ entry: Entry; created?: boolean }>('/api/journal/entries', toRequest(state));
      setMessage({
        text: `Saved your check-in for ${formatDay(res.entry.day)}.${res.created ? '' : ' The earlier version is kept.'}`,
        near: 'bottom',
      });
      entries.reload();
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'LDN_AUTH_REQUIRED' && userId) {
        // The session ended (expired, or signed out from another device): keep what was typed, then ask for sign-in.
        keepDraft(userId, state);
        sessionEnded();
        return;
      }
      errors.report(caught);
    } finally {
      setBusy(false);
    }
  }

  function unwellSaved(): void {
    if (!state) return;
    errors.clear();
    setMessage({ text: `Recorded ${formatDay(state.day)} as too unwell to log. Rest well.`, near: 'top' });
    entries.reload();
  }

  function edit(day: string): void {
    changeDay(day);
    document.querySelector<HTMLInputElement>('.check-in input[type=date]')?.focus();
  }

  const failed = entries.error ?? scales.error;
  return (
    <>
      <h1 tabIndex={-1}>Daily check-in</h1>
      {failed ? <p role="alert">Your journal could not be loaded: {failed}</p> : null}
      {state && list && scales.data ? (
        <>
          <CheckInForm
            state={state}
            onChange={setState}
            onDay={changeDay}
            saved={list.find((e) => e.day === state.day)}
            scales={scales.data.scales}
            errors={errors}
            busy={busy}
            onSubmit={() => void save()}
            onUnwellSaved={unwellSaved}
            message={message}
          />
          <ScalePicker chosen={scales.data.scales} onSaved={scales.reload} />
          <RecentEntries entries={list} onEdit={edit} />
        </>
      ) : failed ? null : (
        <p role="status">Loading your journal…</p>
      )}
    </>
  );
}
