/** Small helpers shared by the bench scripts: load generation, percentiles and the one-line output format. */
import autocannon from 'autocannon';

export interface Figure {
  area: string;
  name: string;
  value: number;
  unit: string;
  target?: string;
  ratio?: { value: number; baseline: string };
}

export function report(f: Figure): void {
  const digits = f.value >= 100 ? 0 : f.value >= 10 ? 1 : 2;
  const parts = [`${f.area}: ${f.name} = ${f.value.toFixed(digits)} ${f.unit}`];
  if (f.ratio) parts.push(`ratio ${f.ratio.value.toFixed(2)} vs ${f.ratio.baseline}`);
  if (f.target) parts.push(`(target ${f.target})`);
  process.stdout.write(`${parts.join('  ')}\n`);
}

export async function requestsPerSecond(
  url: string,
  {
    connections = 20,
    seconds = 4,
    method = 'GET',
    body,
    headers,
  }: { connections?: number; seconds?: number; method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<number> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    method: method as 'GET',
    ...(body === undefined ? {} : { body }),
    ...(headers === undefined ? {} : { headers }),
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx and ${result.errors} errors`);
  return result.requests.average;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}
