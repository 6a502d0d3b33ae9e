import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, type Io } from '../../src/engine/cli';

const root = fileURLToPath(new URL('../../', import.meta.url));
const examples = readdirSync(`${root}examples`).filter((f) => f.endsWith('.json'));

/** Runs the command line in-process against an in-memory set of files. */
function run(argv: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: (path) => {
      if (path in files) return files[path]!;
      if (path.startsWith('examples/')) return readFileSync(root + path, 'utf8');
      throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
    },
    now: () => new Date('2026-03-01T00:00:00Z'),
  };
  const code = runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const validMessage = JSON.stringify({
  kind: 'amazon-message',
  topic: 'damaged',
  damage: 'minor',
  receivedAt: '2026-03-02T08:00:00Z',
  order: { price: 12, currency: 'USD', orderedAt: '2026-02-20' },
});

describe('casebook command line', () => {
  it.each(examples)('advises on and clocks examples/%s', (file) => {
    const advice = run(['advise', `examples/${file}`]);
    expect(advice.code).toBe(0);
    expect(JSON.parse(advice.out).ruleIds.length).toBeGreaterThan(0);
    const clock = run(['clock', `examples/${file}`, '--now', '2026-03-05T00:00:00Z']);
    expect(clock.code).toBe(0);
    // eBay sets no reply clock on member messages (MSG-2); every other kind has at least one.
    expect(JSON.parse(clock.out).length > 0).toBe(file !== 'ebay-message.json');
  });

  it('prints advice as JSON with the recommended actions first', () => {
    const { code, out } = run(['advise', 'case.json'], { 'case.json': validMessage });
    expect(code).toBe(0);
    expect(Object.keys(JSON.parse(out))).toEqual(['recommended', 'acceptable', 'wrong', 'ruleIds']);
  });

  it('checks a reply file for the platform given', () => {
    const draft = 'Hello, please contact us at help@shop.com or pay by PayPal.';
    const amazon = run(['check-reply', 'd.txt', '--platform', 'amazon'], { 'd.txt': draft });
    expect(amazon.code).toBe(0);
    expect(JSON.parse(amazon.out).map((f: { kind: string }) => f.kind)).toEqual(expect.arrayContaining(['email', 'competitor']));
    const ebay = run(['check-reply', 'd.txt', '--platform=ebay'], { 'd.txt': draft });
    expect(JSON.parse(ebay.out).map((f: { kind: string }) => f.kind)).not.toContain('competitor');
  });

  it('lists the whole registry with figures filled in', () => {
    const { code, out } = run(['rules']);
    expect(code).toBe(0);
    const prod1 = JSON.parse(out).find((r: { id: string }) => r.id === 'PROD-1');
    expect(prod1.text.en).toContain('35%');
    expect(prod1.branches[0].whenInWords['zh-cn']).toBeTruthy();
  });

  it.each([
    ['no command', [], /no command given/],
    ['an unknown command', ['frobnicate'], /unknown command: frobnicate/],
    ['a missing file', ['advise', 'nope.json'], /^nope\.json: cannot read the file \(ENOENT\)$/],
    ['two files', ['advise', 'a.json', 'b.json'], /expected exactly one file, got 2/],
    ['an unknown option', ['advise', 'case.json', '--fast', 'yes'], /--fast: unknown option/],
  ])('exits 2 on %s', (_what, argv, message) => {
    const { code, err, out } = run(argv, { 'case.json': validMessage });
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
  });

  it('exits 2 on text that is not JSON', () => {
    const { code, err } = run(['advise', 'bad.json'], { 'bad.json': '{ kind: amazon' });
    expect(code).toBe(2);
    expect(err).toMatch(/^bad\.json: not valid JSON/);
  });

  it('lists every problem of a bad case, each as path: message', () => {
    const bad = JSON.stringify({ kind: 'amazon-atoz', reason: 'lost', claimOpenedAt: '2026-02-30', order: { price: 0, currency: 'USD', orderedAt: '2026-03-01' } });
    const { code, err } = run(['advise', 'bad.json'], { 'bad.json': bad });
    expect(code).toBe(2);
    const lines = err.split('\n');
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^reason: /), expect.stringMatching(/^claimOpenedAt: 2026-02-30 is not a date/), expect.stringMatching(/^order\.price: /)]));
    expect(err).not.toMatch(/at .*\.ts:\d+/);
  });

  it('lists a bad --now together with the problems of the file', () => {
    const { code, err } = run(['clock', 'bad.json', '--now', 'tomorrow'], { 'bad.json': '{"kind":"amazon-chargeback"}' });
    expect(code).toBe(2);
    expect(err).toMatch(/^--now: expected an ISO 8601 date/m);
    expect(err).toMatch(/^disputeOpenedAt: Required/m);
  });

  it('lists every problem of a bad check-reply call', () => {
    const { code, err } = run(['check-reply', '--platform', 'etsy', '--kind', 'nonsense']);
    expect(code).toBe(2);
    expect(err.split('\n')).toHaveLength(3);
  });

  it('runs as an installed command and exits 2 without a stack trace', () => {
    const bin = `${root}bin/casebook.mjs`;
    const ok = execFileSync('node', [bin, 'clock', 'examples/amazon-atoz.json', '--now', '2026-02-26T00:00:00Z'], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(ok)[0].ruleId).toBeTruthy();
    const bad = spawnSync('node', [bin, 'advise', 'examples/does-not-exist.json'], { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('examples/does-not-exist.json: cannot read the file (ENOENT)');
  }, 30_000);
});
