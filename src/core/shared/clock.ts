/** Time is injected so tests can freeze it; the core never reads the wall clock. */
export interface Clock {
  now(): Date;
}

export const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso) });
