import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { actionLabels } from '../../src/engine/action-labels';
import { actionTypes, appealGrounds, closeReasons, payers } from '../../src/engine/actions';
import { advise } from '../../src/engine/advise';
import { caseFields, fieldsByPath, type Fields } from '../../src/engine/case-fields';
import { caseKinds } from '../../src/engine/case-kinds';
import { parseCaseFacts } from '../../src/engine/check-case-facts';
import { runCli, type Io } from '../../src/engine/cli';
import { commands } from '../../src/engine/cli-commands';
import { fieldLabel } from '../../src/engine/cli-fields';
import { factLabels } from '../../src/engine/fact-labels';
import { noRecommendation } from '../../src/engine/no-recommendation';
import { policy } from '../../src/engine/loaded-policy';
import { sayBoth, sayIn } from '../../src/i18n/say-both';

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
    say: sayBoth,
  };
  const code = runCli(policy, argv, io);
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
    expect(JSON.parse(clock.out).deadlines.length > 0).toBe(file !== 'ebay-message.json');
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
    // Every text, reasons and labels too, as a reader sees it: no `{figure}` left.
    expect(out.match(/\{[A-Za-z][\w.-]*\}/g)).toBeNull();
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
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^reason: /),
        expect.stringMatching(/^claimOpenedAt: 2026-02-30 is not a date/),
        expect.stringMatching(/^order\.price: /),
      ]),
    );
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
    expect(JSON.parse(ok).deadlines[0].ruleId).toBeTruthy();
    const help = spawnSync('node', [bin, '--help'], { cwd: root, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^advise +.+casebook advise /m);
    const bad = spawnSync('node', [bin, 'advise', 'examples/does-not-exist.json'], { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('examples/does-not-exist.json: cannot read the file (ENOENT)');
  }, 30_000);
});

const draft = 'Hello, please contact us at help@shop.com or pay by PayPal.';
/** The names the overview lists, one command a line. */
const listedCommands = (overview: string) =>
  overview
    .split('\n')
    .map((line) => /^(\S+) {2,}\S/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined && name !== 'command');

describe('casebook help', () => {
  it.each([['--help'], ['-h'], ['help']])('prints the overview for %s: every command on one line with an example, exit 0', (flag) => {
    const { code, out, err } = run([flag]);
    expect(code).toBe(0);
    expect(err).toBe('');
    for (const command of commands) {
      const line = out.split('\n').find((l) => l.startsWith(`${command.name} `));
      expect(line, command.name).toContain(command.summary);
      expect(line, command.name).toMatch(new RegExp(`${command.example.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    }
  });

  it.each(commands.map((c) => [c.name]))('explains %s: usage, options and an example, exit 0', (name) => {
    const { code, out } = run(['help', name]);
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^usage: casebook ${name}( |$)`, 'm'));
    expect(out).toMatch(/^options:\n( {2}.+\n)+/m);
    expect(out).toContain(`example:\n  casebook ${name}`);
    const command = commands.find((c) => c.name === name)!;
    for (const option of command.options) expect(out).toMatch(new RegExp(`^  --${option.name} `, 'm'));
    // `casebook COMMAND --help` says the same.
    expect(run([name, '--help'])).toEqual({ code: 0, out, err: '' });
  });

  it('exits 2 on help for an unknown command, naming it and listing the known ones', () => {
    const { code, out, err } = run(['help', 'nosuch']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/nosuch/);
    for (const command of commands) expect(err).toContain(command.name);
  });

  it('has help for every command the dispatcher accepts, and the dispatcher accepts every command the help lists', () => {
    const listed = listedCommands(run(['--help']).out);
    expect(listed).toEqual(commands.map((c) => c.name));
    for (const name of listed) {
      // Known to the dispatcher: a bad option is the command's own problem, not an unknown command.
      const bad = run([name, '--no-such-option']);
      expect(bad.code, name).toBe(2);
      expect(bad.err, name).toMatch(/^--no-such-option: unknown option/m);
      expect(bad.err, name).not.toMatch(/unknown command/);
      // Every option its help names is one the command takes.
      const options = [...run(['help', name]).out.matchAll(/^ {2}--([\w-]+) /gm)].map((m) => m[1]!);
      for (const option of options) expect(run([name, `--${option}`, 'x']).err, `${name} --${option}`).not.toMatch(new RegExp(`^--${option}: unknown option`, 'm'));
    }
    for (const name of ['nosuch', 'Advise', 'usage']) {
      expect(run([name]).err).toMatch(new RegExp(`^unknown command: ${name} `));
      expect(run(['help', name]).code).toBe(2);
    }
  });

  it.each(commands.map((c) => [c.name, c.example]))('runs the example of %s as its help gives it', (_name, example) => {
    const [casebook, ...argv] = example.split(' ');
    expect(casebook).toBe('casebook');
    const { code, err } = run(argv, { 'draft.txt': draft });
    expect(err).toBe('');
    expect(code).toBe(0);
  });

  it('lists every problem of a bad call, options and argument alike', () => {
    const { code, err } = run(['clock', '--now', 'tomorrow', '--fast', '1', '-v', '--now=2026-03-01']);
    expect(code).toBe(2);
    expect(err.split('\n')).toEqual([
      '--now: expected an ISO 8601 date such as 2026-03-01 or 2026-03-01T09:30:00Z',
      '--fast: unknown option (expected --now)',
      '-v: unknown option (expected --now)',
      '--now: given twice',
      'clock: expected exactly one file, got 0',
    ]);
  });
});

describe('casebook actions', () => {
  it('lists every action type with what it means, and the parameters the rules judge with their values', () => {
    const { code, out } = run(['actions']);
    expect(code).toBe(0);
    const lines = out.split('\n');
    for (const type of actionTypes) expect(lines.find((l) => l.startsWith(`${type} `))?.endsWith(` ${sayBoth(actionLabels[type]).en}`), type).toBe(true);
    const parameterAfter = (type: string) => lines[lines.findIndex((l) => l.startsWith(`${type} `)) + 1]!.trim();
    expect(parameterAfter('partial-refund')).toMatch(/^percent: a number above 0 and below 100/);
    expect(parameterAfter('authorize-return')).toBe(`payer: ${payers.join(' | ')}`);
    expect(parameterAfter('close-return-request')).toBe(`reason: ${closeReasons.join(' | ')}`);
    expect(parameterAfter('appeal-claim')).toBe(`ground: ${appealGrounds.join(' | ')}`);
    expect(parameterAfter('full-refund')).toMatch(/^partial-refund /);
  });

  it('speaks the language asked for, and refuses one it does not know', () => {
    expect(run(['actions', '--lang', 'zh-cn']).out).toContain(sayBoth(actionLabels['full-refund'])['zh-cn']);
    const bad = run(['actions', '--lang', 'fr']);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('--lang: expected one of en, zh-cn, got fr');
  });
});

describe('casebook fields', () => {
  it('lists the case kinds without a kind', () => {
    const { code, out } = run(['fields']);
    expect(code).toBe(0);
    for (const kind of caseKinds) expect(out).toMatch(new RegExp(`^${kind} +${sayIn('en', factLabels.kind!.values![kind]!)}$`, 'm'));
  });

  it.each(caseKinds.map((k) => [k]))('lists every field of %s: path, type, values, presence and label', (kind) => {
    const { code, out } = run(['fields', kind]);
    expect(code).toBe(0);
    const lines = out.split('\n');
    for (const [path, field] of fieldsByPath(caseFields[kind] as Fields)) {
      const index = lines.findIndex((l) => l.startsWith(`${path} `));
      const line = lines[index]!;
      expect(index, path).toBeGreaterThan(0);
      const name = fieldLabel(path);
      expect(name, `${path} has a label`).toBeTruthy();
      const label = sayIn('en', name!);
      expect(line.endsWith(` ${label}`), line).toBe(true);
      const presence =
        'default' in field && field.default !== undefined ? `default ${String(field.default)}` : 'optional' in field && field.optional ? 'optional' : 'required';
      expect(line, path).toContain(` ${presence} `);
      if (field.type === 'choice') for (const option of field.options) expect(lines[index + 1]!.split(' | ').map((v) => v.trim().split(' ')[0])).toContain(option);
    }
  });

  it('reads the return request the way a case file gives it', () => {
    const lines = run(['fields', 'amazon-return']).out.split('\n');
    expect(lines.find((l) => l.startsWith('solutionGiven '))).toMatch(/^solutionGiven +choice +default none +solution already given$/);
    expect(lines.find((l) => l.startsWith('order.price '))).toMatch(/^order\.price +number > 0 <= 10000000 +required +price \(order currency\)$/);
    expect(lines.find((l) => l.startsWith('returnAuthorizedAt '))).toMatch(/ optional +date the return was authorized$/);
  });

  it('speaks the language asked for', () => {
    expect(run(['fields', 'amazon-return', '--lang', 'zh-cn']).out).toMatch(/^returnAddress .+退货地址$/m);
  });

  it('exits 2 on an unknown kind, listing the kinds', () => {
    const { code, out, err } = run(['fields', 'amazon-refund']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^fields: unknown case kind amazon-refund/);
    for (const kind of caseKinds) expect(err).toContain(kind);
  });
});

describe('casebook clock: which now', () => {
  const deadlinesAt = (out: string, nowIso: string) => {
    const { deadlines } = JSON.parse(out) as { deadlines: { closesAt: string; msLeft: number }[] };
    expect(deadlines.length).toBeGreaterThan(0);
    return deadlines.every((d) => d.msLeft === Date.parse(d.closesAt) - Date.parse(nowIso));
  };

  it("judges the deadlines at the case's asOf when --now is not given, and says so", () => {
    const { code, out } = run(['clock', 'examples/amazon-atoz.json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ now: '2026-02-26T09:00:00.000Z', nowFrom: 'asOf' });
    expect(deadlinesAt(out, '2026-02-26T09:00:00Z')).toBe(true);
  });

  it('lets --now win over asOf, and says so', () => {
    const { out } = run(['clock', 'examples/amazon-atoz.json', '--now', '2026-03-20']);
    expect(JSON.parse(out)).toMatchObject({ now: '2026-03-20T00:00:00.000Z', nowFrom: '--now' });
    expect(deadlinesAt(out, '2026-03-20T00:00:00Z')).toBe(true);
  });

  it('falls back to the system clock for a case without asOf, and says so', () => {
    const { out } = run(['clock', 'case.json'], { 'case.json': validMessage });
    expect(JSON.parse(out)).toMatchObject({ now: '2026-03-01T00:00:00.000Z', nowFrom: 'system clock' });
    expect(deadlinesAt(out, '2026-03-01T00:00:00Z')).toBe(true);
  });
});

describe('casebook advise: when the playbook recommends nothing', () => {
  /** Positive feedback: no branch recommends anything for it (found by trying each kind's cases). */
  const positiveFeedback = {
    kind: 'amazon-feedback',
    marketplace: 'amazon.com',
    rating: 'positive',
    feedbackLeftAt: '2026-03-05',
    order: { price: 20, currency: 'USD', orderedAt: '2026-03-01' },
  };

  it('says so in words, with the rules that apply and what they call wrong, and exits 0', () => {
    const parsed = parseCaseFacts(positiveFeedback);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const advice = advise(policy, parsed.facts);
    expect(advice.recommended, 'the case still has no recommendation').toEqual([]);
    expect(advice.ruleIds.length + advice.wrong.length).toBeGreaterThan(0);

    const { code, out } = run(['advise', 'case.json'], { 'case.json': JSON.stringify(positiveFeedback) });
    expect(code).toBe(0);
    const printed = JSON.parse(out);
    expect(Object.keys(printed)).toEqual(['noRecommendation', 'recommended', 'acceptable', 'wrong', 'ruleIds']);
    expect(printed.recommended).toEqual([]);
    expect(printed.noRecommendation.en.startsWith(sayBoth(noRecommendation).en)).toBe(true);
    expect(printed.noRecommendation['zh-cn'].startsWith(sayBoth(noRecommendation)['zh-cn'])).toBe(true);
    for (const ruleId of advice.ruleIds) expect(printed.noRecommendation.en).toContain(ruleId);
    for (const item of advice.wrong) expect(printed.noRecommendation.en).toContain(sayBoth(actionLabels[item.action.type]).en);
  });
});
