import { useState } from 'react';

export interface Calculator<Fields, Result> {
  /** The latest answer, or null once any field has changed since. */
  readonly result: Result | null;
  /** The props the calculator's form takes. */
  readonly form: {
    readonly fields: Fields;
    onFields(fields: Fields): void;
    onResult(result: Result): void;
  };
}

/**
 * One calculator's fields and its latest answer. Editing a field drops the answer, so a result
 * never stands beside figures it was not worked out from; `onAnswer` hears of each new one.
 */
export function useCalculator<Fields, Result>(defaults: Fields, onAnswer: () => void): Calculator<Fields, Result> {
  const [fields, setFields] = useState<Fields>(defaults);
  const [result, setResult] = useState<Result | null>(null);
  return {
    result,
    form: {
      fields,
      onFields: (f) => {
        setFields(f);
        setResult(null);
      },
      onResult: (r) => {
        setResult(r);
        onAnswer();
      },
    },
  };
}
