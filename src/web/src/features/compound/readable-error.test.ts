import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.js';
import { readableError, readableMessage } from './readable-error.js';

describe('readableMessage', () => {
  it('puts words in place of a leading API field name (messages as the API sends them)', () => {
    expect(
      readableMessage('doseMg', 'doseMg of 500 mg is above 50 mg, the full addiction dose; low-dose naltrexone is usually 0.5-4.5 mg.'),
    ).toBe('The dose of 500 mg is above 50 mg, the full addiction dose; low-dose naltrexone is usually 0.5-4.5 mg.');
    expect(readableMessage('doseMg', 'doseMg must be a positive dose; got 0 mg.')).toBe('The dose must be a positive dose; got 0 mg.');
  });

  it('leaves "field: ..." prefixes, unknown fields and other messages alone', () => {
    expect(readableMessage('days', 'days: must be a whole number from 1 to 366; got 400.')).toBe(
      'days: must be a whole number from 1 to 366; got 400.',
    );
    expect(readableMessage('other', 'other must be set.')).toBe('other must be set.');
    expect(readableMessage(undefined, 'doseMg must be set.')).toBe('doseMg must be set.');
    expect(readableMessage('doseMg', 'doseMgX is odd.')).toBe('doseMgX is odd.');
  });
});

describe('readableError', () => {
  it('keeps status, code and field, and passes anything else through', () => {
    const e = readableError(new ApiError(400, 'LDN_DOSE_OUT_OF_RANGE', 'doseMg must be a positive dose; got 0 mg.', 'doseMg'));
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({
      status: 400,
      code: 'LDN_DOSE_OUT_OF_RANGE',
      field: 'doseMg',
      message: 'The dose must be a positive dose; got 0 mg.',
    });
    const other = new Error('offline');
    expect(readableError(other)).toBe(other);
  });
});
