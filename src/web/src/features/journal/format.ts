/** Numbers for people: one decimal, a real minus sign, never NaN. */
export function fmt(n: number | null | undefined, digits = 1): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '–';
  const s = Math.abs(n).toFixed(digits);
  return n < 0 && Number(s) !== 0 ? `−${s}` : s;
}

export function signed(n: number): string {
  return n > 0 && Number(n.toFixed(1)) !== 0 ? `+${fmt(n)}` : fmt(n);
}

export function mg(n: number): string {
  return `${n} mg`;
}
