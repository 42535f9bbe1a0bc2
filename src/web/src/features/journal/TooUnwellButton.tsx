import { api } from '../../api/client.js';
import { localDay } from './dates.js';

export interface TooUnwellButtonProps {
  readonly day: string;
  onSaved(): void;
  onError(caught: unknown): void;
}

/** One tap records the day as "too unwell to log": a real entry, so a bad day is not mistaken for a missing one. */
export function TooUnwellButton({ day, onSaved, onError }: TooUnwellButtonProps): React.JSX.Element {
  async function record(): Promise<void> {
    try {
      await api.post('/api/journal/entries', { day, status: 'too_unwell' });
      onSaved();
    } catch (caught) {
      onError(caught);
    }
  }
  return (
    <button type="button" className="unwell-button" onClick={() => void record()} disabled={!day}>
      {day === localDay() ? 'Too unwell to log today' : 'Too unwell to log this day'}
    </button>
  );
}
