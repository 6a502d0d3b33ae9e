import { advise } from './advise';
import { caseKinds, type CaseKind } from './case-kinds';
import { actionsText } from './cli-actions';
import { fieldsText, kindsText } from './cli-fields';
import { readFacts, readText } from './cli-files';
import { commandHelp, overview } from './cli-help';
import { refuseProblems, settled, type CliCommand, type CliOption } from './cli-spec';
import { deadlinesFor } from './clock';
import { describe } from './condition-words';
import { dateProblem, toIso, toMs } from './dates';
import { noRecommendationMessage } from './no-recommendation';
import { readableRules } from './readable-rule';
import { checkReply } from './reply-check';
import type { Policy } from './policy/policy';
import { langs, type Lang } from './text';

/** The rules as a reader needs them: every text with its figures filled in, conditions in words. */
export function registryView(policy: Policy) {
  return readableRules(policy).map((rule) => ({
    ...rule,
    branches: rule.branches?.map((branch) => ({
      ...branch,
      whenInWords: Object.fromEntries(langs.map((lang) => [lang, describe(policy, branch.when, lang, rule.id)])),
    })),
  }));
}

const caseFile = { placeholder: 'FILE.json', what: 'file', summary: 'a case-facts file; casebook fields KIND lists what a case of each kind holds' } as const;

const langOption: CliOption = { name: 'lang', value: langs.join('|'), summary: `the language of the words: ${langs.join(' or ')} (default en)`, choices: langs };
const langOf = (options: ReadonlyMap<string, string>): Lang => (options.get('lang') as Lang | undefined) ?? 'en';

/** Every command of the command line. The dispatcher, the argument checks and the help all read this table. */
export const commands: readonly CliCommand[] = [
  {
    name: 'help',
    summary: 'this overview, or one command in full',
    description: "Without a command, the overview of every command; with one, that command's usage, argument, options and an example.",
    operand: { placeholder: 'COMMAND', what: 'command', summary: 'the command to explain', optional: true, choices: () => commands.map((c) => c.name) },
    options: [],
    example: 'casebook help clock',
    prints: 'text',
    run(call) {
      refuseProblems(call);
      const command = commands.find((c) => c.name === call.operand);
      return command ? commandHelp(command) : overview(commands);
    },
  },
  {
    name: 'advise',
    summary: 'what the playbook says for a case',
    description:
      'What the playbook says for the case: the recommended actions, then the acceptable and the wrong ones, each citing the rules that say so, and ruleIds, every rule that applies. ' +
      'When nothing is recommended, noRecommendation says so in words (English and Chinese), with the rules that apply and what they accept or call wrong.',
    operand: caseFile,
    options: [],
    example: 'casebook advise examples/amazon-atoz.json',
    prints: 'JSON',
    run(call, io, policy) {
      const facts = settled(call, call.operand === undefined ? undefined : readFacts(io, call.operand, call.problems));
      const advice = advise(policy, facts);
      if (advice.recommended.length) return advice;
      return { noRecommendation: io.say(noRecommendationMessage(advice)!), ...advice };
    },
  },
  {
    name: 'clock',
    summary: 'every deadline of a case and its status',
    description:
      'Every deadline of the case, computed from its own dates (UTC), with its status at "now": open, due-soon or overdue for what the seller must do; not-yet-open, open or closed for windows. ' +
      "Prints now, nowFrom (where now came from: --now, the case file's asOf, or the system clock) and the deadlines.",
    operand: caseFile,
    options: [
      {
        name: 'now',
        value: 'ISO-DATE',
        summary: "the moment to judge the deadlines at, such as 2026-03-20 or 2026-03-20T12:00:00Z; without it, the case's asOf, else the system clock",
        problem: dateProblem,
      },
    ],
    example: 'casebook clock examples/ebay-inr.json --now 2026-03-20T12:00:00Z',
    prints: 'JSON',
    run(call, io, policy) {
      const facts = settled(call, call.operand === undefined ? undefined : readFacts(io, call.operand, call.problems));
      const given = call.options.get('now');
      const [now, nowFrom] = given !== undefined ? [toIso(toMs(given)), '--now'] : facts.asOf ? [toIso(toMs(facts.asOf)), 'asOf'] : [io.now().toISOString(), 'system clock'];
      return { now, nowFrom, deadlines: deadlinesFor(policy, facts, now) };
    },
  },
  {
    name: 'check-reply',
    summary: 'findings for a draft buyer message',
    description:
      'Checks a draft buyer message against the message rules of the platform: each finding with its kind, severity (error, warning, suggestion), where it is in the text, why and how to fix it, and its rule.',
    operand: { placeholder: 'FILE.txt', what: 'file', summary: 'the draft, as plain text' },
    options: [
      { name: 'platform', value: 'amazon|ebay', summary: 'whose rules the reply must keep', required: true, choices: ['amazon', 'ebay'] },
      { name: 'kind', value: 'CASE-KIND', summary: 'the kind of case it answers, for the rules of that kind', choices: caseKinds },
    ],
    example: 'casebook check-reply draft.txt --platform amazon --kind amazon-atoz',
    prints: 'JSON',
    run(call, io) {
      const text = settled(call, call.operand === undefined ? undefined : readText(io, call.operand, call.problems));
      const kind = call.options.get('kind') as CaseKind | undefined;
      const findings = checkReply(text, { platform: call.options.get('platform') as 'amazon' | 'ebay', ...(kind && { caseKind: kind }) });
      // Each finding's words in both languages, in their places: the catalogs' (io.say), since the engine holds none.
      return findings.map((f) => ({ ...f, explanation: io.say(f.explanation), fix: io.say(f.fix) }));
    },
  },
  {
    name: 'rules',
    summary: 'the whole rule registry',
    description:
      'Every rule of the playbook: its ID, area, sources, title and text in both languages with its figures filled in, and its branches with their conditions in words.',
    options: [],
    example: 'casebook rules',
    prints: 'JSON',
    run(call, _io, policy) {
      refuseProblems(call);
      return registryView(policy);
    },
  },
  {
    name: 'actions',
    summary: 'every action a case can be resolved with',
    description:
      'The action vocabulary that advice, the simulator and the decision helper speak: every action type with what it means, and the parameters the rules judge it by (percent, payer, reason, ground) with the values each may take.',
    options: [langOption],
    example: 'casebook actions',
    prints: 'text',
    run(call, io, policy) {
      refuseProblems(call);
      return actionsText(policy, langOf(call.options), io.say);
    },
  },
  {
    name: 'fields',
    summary: 'the case kinds, or the fields of one',
    description:
      'Without a kind, the case kinds. With one, every field a case file of that kind holds: its path, type, allowed values, whether it is required, has a default or is optional, and its label.',
    operand: { placeholder: 'CASE-KIND', what: 'case kind', summary: 'the kind whose fields to list', optional: true, choices: () => caseKinds },
    options: [langOption],
    example: 'casebook fields amazon-return',
    prints: 'text',
    run(call, io) {
      refuseProblems(call);
      const lang = langOf(call.options);
      return call.operand ? fieldsText(call.operand as CaseKind, lang, io.say) : kindsText(lang, io.say);
    },
  },
];

export const commandByName = (name: string): CliCommand | undefined => commands.find((c) => c.name === name);
