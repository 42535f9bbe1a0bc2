/** Test helper: runs `npm start`'s server entry as a real child process on a chosen port. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The arguments package.json's `start` script gives node (its flags and scripts/start.mjs), so tests run exactly that. */
export function npmStartArgs(): string[] {
  const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: { start: string } };
  const [command, ...args] = pkg.scripts.start.trim().split(/\s+/);
  if (command !== 'node' || args.at(-1) !== 'scripts/start.mjs')
    throw new Error(`package.json "start" should be "node [flags] scripts/start.mjs", not "${pkg.scripts.start}"`);
  return args;
}

export interface ServerProcess {
  readonly child: ChildProcessWithoutNullStreams;
  readonly baseUrl: string;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts the server and waits until it listens, or exits. `via: 'tsx'` runs
 * src/server/main.ts directly (no build); `via: 'npm-start'` runs exactly what `npm start` runs.
 */
export async function startServerProcess(
  env: Record<string, string>,
  { waitForListen = true, via = 'tsx' }: { waitForListen?: boolean; via?: 'tsx' | 'npm-start' } = {},
): Promise<ServerProcess> {
  const port = env['PORT'] ?? String(await freePort());
  const args = via === 'tsx' ? ['--import', 'tsx', 'src/server/main.ts'] : npmStartArgs();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'info', ...env, PORT: port },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const proc: ServerProcess = { child, baseUrl: `http://127.0.0.1:${port}`, stdout: () => out, stderr: () => err, exited };
  if (waitForListen) {
    const deadline = Date.now() + 30_000;
    while (!out.includes('LDN Atlas is serving')) {
      if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}): ${err}`);
      if (Date.now() > deadline) throw new Error(`server did not start in 30 s: ${out} ${err}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return proc;
}
