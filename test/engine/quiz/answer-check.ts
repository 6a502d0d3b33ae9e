import { actionKey, advise, advisedAction, checkReply, formatFigure, langs, parseCaseFacts } from '../../../src/engine';
import { figureOf, ruleById, ruleOf, policy } from '../../../src/engine/loaded-policy';
import { payers } from '../../../src/engine/actions';
import type { QuizItem } from '../../../src/engine/quiz';
import { sayBoth } from '../../../src/i18n/say-both';

/**
 * Everything that must hold of a quiz item, checked against the engine from scratch: the
 * options are distinct, and the marked answer is what the registry, `advise` or `checkReply`
 * say. Returns the problems found; an empty list means the item is sound.
 */
export function itemProblems(item: QuizItem): string[] {
  const problems: string[] = [];
  const ids = item.options.map((o) => o.id);
  if (new Set(ids).size !== ids.length) problems.push('two options share an ID');
  for (const lang of langs) {
    const texts = item.options.map((o) => o.text[lang]);
    if (new Set(texts).size !== texts.length) problems.push(`two options read the same in ${lang}`);
    if (!item.prompt[lang] || !sayBoth(item.explanation)[lang]) problems.push(`prompt or explanation missing in ${lang}`);
  }
  for (const id of item.answer) if (!ids.includes(id)) problems.push(`answer ${id} is not an option`);
  if (item.kind !== 'case' && item.answer.length === 0) problems.push('no answer marked');
  if (!item.multiple && item.answer.length > 1) problems.push('several answers on a single-choice item');
  for (const rule of item.rules) if (!ruleById.has(rule)) problems.push(`unknown rule ${rule}`);
  if (ruleOf(item.rules[0]!).area !== item.area) problems.push('area is not the main rule’s');
  return [...problems, ...answerProblems(item)];
}

function answerProblems(item: QuizItem): string[] {
  switch (item.kind) {
    case 'fact': {
      const { source } = item;
      const rule = ruleOf(source.rule);
      if (source.ask === 'figure') {
        const figure = figureOf(source.rule, source.figure);
        const right = item.options.filter((o) => langs.every((lang) => o.text[lang] === formatFigure(figure, lang)));
        if (right.length !== 1) return [`${right.length} options show the figure's value`];
        return right[0]!.id === item.answer[0] ? [] : ['the marked option is not the figure'];
      }
      const branch = rule.branches?.find((b) => b.key === source.branch);
      if (!branch) return [`no branch ${source.branch}`];
      if (source.ask === 'payer') {
        const verdict = branch.verdicts.find((v) => v.action.payer)!;
        const pays = verdict.verdict === 'wrong' ? payers.find((p) => p !== verdict.action.payer) : verdict.action.payer;
        return item.answer[0] === pays ? [] : [`marked ${item.answer[0]}, the branch says ${pays} pays`];
      }
      const levelOf = (key: string) => branch.verdicts.filter((v) => actionKey(advisedAction(policy, v.action, rule.id)) === key).map((v) => v.verdict);
      const asked = (key: string) => levelOf(key).some((level) => (source.ask === 'wrong' ? level === 'wrong' : level === 'recommended'));
      const problems: string[] = [];
      if (!asked(item.answer[0]!)) problems.push(`the branch does not call ${item.answer[0]} ${source.ask}`);
      for (const o of item.options) if (o.id !== item.answer[0] && asked(o.id)) problems.push(`option ${o.id} is also ${source.ask}`);
      return problems;
    }
    case 'decision': {
      const parsed = parseCaseFacts(item.facts);
      if (!parsed.ok) return parsed.problems;
      const advice = advise(policy, parsed.facts);
      const answer = item.answer[0]!;
      const recommended = advice.recommended.some((i) => i.key === answer);
      const accepted = advice.acceptable.some((i) => i.key === answer);
      const problems: string[] = [];
      if (!recommended && !accepted) problems.push(`advise neither recommends nor accepts ${answer}`);
      if (advice.wrong.some((i) => i.key === answer)) problems.push(`advise calls ${answer} wrong`);
      for (const o of item.options) {
        if (o.id === answer) continue;
        if (advice.recommended.some((i) => i.key === o.id)) problems.push(`option ${o.id} is recommended too`);
        if (!recommended && advice.acceptable.some((i) => i.key === o.id)) problems.push(`option ${o.id} is as good as the answer`);
      }
      return problems;
    }
    case 'fix-reply': {
      const found = [...new Set(checkReply(item.draft, item.context).map((f) => f.kind))].sort();
      const marked = [...item.answer].sort();
      return found.join() === marked.join() ? [] : [`checkReply finds ${found.join(', ')}, marked ${marked.join(', ')}`];
    }
    case 'case':
      return item.options.length || item.answer.length
        ? ['a case item has options']
        : item.case.scenarioId || (item.case.seed !== undefined && item.case.kind)
          ? []
          : ['no case to play'];
  }
}
