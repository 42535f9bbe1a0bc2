/** `ldn evidence` and `ldn search` as a person runs them: `node bin/ldn.mjs ...` in a child process. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function ldn(args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/ldn.mjs', ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}

/** stderr may carry npm's own warnings; the CLI's error is the line starting "ldn:". */
const errorLines = (r: Run): string[] => r.stderr.split('\n').filter((l) => l.startsWith('ldn:'));

interface EvidenceJson {
  condition: { id: string; name: string; grade: string; rationale: string; synonyms: string[] };
  studies: { id: string; design: string; n: number | null; direction: string; year: number }[];
  notice: string;
}

describe('ldn evidence', () => {
  it('--json resolves a synonym to the condition, with grade, rationale, synonyms and its studies (FINAL among them)', async () => {
    const r = await ldn(['evidence', 'fibro', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as EvidenceJson;
    expect(out.condition).toMatchObject({ id: 'fibromyalgia', name: 'Fibromyalgia', grade: 'B' });
    expect(out.condition.synonyms).toContain('fibro');
    expect(out.condition.rationale).toMatch(/^Grade B: /);
    expect(out.studies.find((s) => s.id === 'bruun-2024-final-trial')).toMatchObject({
      design: 'rct',
      n: 99,
      direction: 'null',
      year: 2024,
    });
    expect(out.notice).toMatch(/not medical advice/);
  });

  it('takes several words, abbreviations and typos: "multiple sclerosis", MS, chrons', async () => {
    for (const [args, id] of [
      [['multiple', 'sclerosis'], 'multiple-sclerosis'],
      [['MS'], 'multiple-sclerosis'],
      [['chrons'], 'crohns-disease'],
    ] as const) {
      const r = await ldn(['evidence', ...args, '--json']);
      expect(r.code, args.join(' ')).toBe(0);
      expect((JSON.parse(r.stdout) as EvidenceJson).condition.id).toBe(id);
    }
  });

  it('prints readable text without --json: grade in words, rationale, flags and a study table', async () => {
    const r = await ldn(['evidence', 'fibromyalgia']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Fibromyalgia \(also: /);
    expect(r.stdout).toContain(
      'Grade B (some randomised or pooled evidence) | best evidence: ● points to no benefit | controlled trials: 4',
    );
    expect(r.stdout).toMatch(/Open-label or single-blind studies looked positive/);
    expect(r.stdout).toMatch(/2024 +Randomised trial +99 +● no difference +Bruun 2024 \[bruun-2024-final-trial\]/);
    expect(r.stdout).toMatch(/not medical advice/);
  });

  it('refuses an unknown condition with one line on stderr and exit 2', async () => {
    const r = await ldn(['evidence', 'zzqqxx', '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(errorLines(r)).toEqual(['ldn: no condition matches "zzqqxx"; try `ldn search zzqqxx`. (condition) [LDN_NOT_FOUND]']);
  });
});

describe('ldn search', () => {
  it('--json gives {results:[{type,id,title,score}]} best first, the right condition first', async () => {
    for (const [q, id] of [
      ['MS', 'multiple-sclerosis'],
      ['ME/CFS', 'me-cfs'],
      ['chrons', 'crohns-disease'],
    ] as const) {
      const r = await ldn(['search', q, '--json']);
      expect(r.code, q).toBe(0);
      const out = JSON.parse(r.stdout) as { results: { type: string; id: string; title: string; score: number }[] };
      expect(Object.keys(out)).toEqual(['results']);
      expect(out.results[0], q).toMatchObject({ type: 'condition', id });
      for (const hit of out.results) expect(Object.keys(hit).sort()).toEqual(['id', 'score', 'title', 'type']);
      const scores = out.results.map((h) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('honours --limit, prints a readable table, and refuses a bad limit', async () => {
    const r = await ldn(['search', 'fibro', '--limit', '3']);
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^\d+ /.test(l));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^1 +condition +fibromyalgia +Fibromyalgia$/);
    const bad = await ldn(['search', 'fibro', '--limit', 'lots']);
    expect(bad.code).toBe(2);
    expect(errorLines(bad)[0]).toMatch(/--limit must be a whole number/);
  });
});
