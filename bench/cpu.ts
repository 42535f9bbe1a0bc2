/**
 * CPU time by process, read from Linux's /proc. On a 2-core machine shared by the load generator, the server and
 * PostgreSQL, throughput moves with whatever else the machine is doing; the CPU each request costs each process
 * moves far less, so the journal bench prints both. Elsewhere than Linux these return undefined and the figures are skipped.
 */
import { readFileSync, readdirSync } from 'node:fs';

// /proc/<pid>/stat counts clock ticks of USER_HZ, which is 100 on every Linux architecture Node runs on (proc(5)).
const TICKS_PER_SECOND = 100;

/** User plus system CPU seconds used so far by one process, or undefined when /proc cannot tell. */
export function cpuSecondsOf(pid: number): number | undefined {
  try {
    // Fields after the command name, which is in parentheses and may itself contain ") ": utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks / TICKS_PER_SECOND : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The same, summed over every process whose command name starts with `name` (PostgreSQL's backends and helpers).
 * A process that ends during the measurement takes its CPU time with it, so keep connections open across it.
 */
export function cpuSecondsOfCommand(name: string): number | undefined {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return undefined;
  }
  let total = 0;
  for (const pid of pids) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith(name)) total += cpuSecondsOf(Number(pid)) ?? 0;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}
