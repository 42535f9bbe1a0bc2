/** Makes the API's field-named messages read as words next to the input the message is shown under. */
import { ApiError } from '../../api/client.js';

/** What each API field is called in a sentence. */
export const FIELD_WORDS: Readonly<Record<string, string>> = {
  tabletMg: 'The tablet strength',
  waterMl: 'The water',
  targetConcentrationMgPerMl: 'The strength wanted',
  doseMg: 'The dose',
  days: 'The number of days',
  syringeStepMl: 'The syringe marking',
  capsuleMg: 'The capsule strength',
};

/**
 * "doseMg of 500 mg is above ..." becomes "The dose of 500 mg is above ...". A "field: ..." prefix is
 * left alone (the form hook drops it, as the label already names the field), and so is anything else.
 */
export function readableMessage(field: string | undefined, message: string): string {
  if (!field) return message;
  const words = FIELD_WORDS[field];
  if (!words || !message.startsWith(`${field} `)) return message;
  return `${words}${message.slice(field.length)}`;
}

export function readableError(caught: unknown): unknown {
  if (!(caught instanceof ApiError)) return caught;
  return new ApiError(caught.status, caught.code, readableMessage(caught.field, caught.message), caught.field);
}
