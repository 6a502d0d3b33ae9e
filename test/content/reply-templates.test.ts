import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { formatIssues } from '../../src/engine/issues';
import { ruleById } from '../../src/engine/loaded-policy';
import { checkReply } from '../../src/engine/reply-check';
import { remedyWithRequest } from '../../src/handbook/remedy-with-request';
import { fillTemplate, typedDigitInTemplate } from '../../src/handbook/reply-templates';
import { replyTemplate, type ReplyTemplate } from '../../src/handbook/schema';

const readYaml = (path: string) => parseYaml(readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8')) as unknown[];
const raw = readYaml('../../src/content/reply-templates.yaml');
const templates = raw.map((entry) => replyTemplate.parse(entry));
const bodies = templates.flatMap((t): [string, ReplyTemplate, 'en' | 'de', string][] => [
  [`${t.id} (en)`, t, 'en', t.body],
  ...(t.bodyDe ? [[`${t.id} (de)`, t, 'de', t.bodyDe] as [string, ReplyTemplate, 'de', string]] : []),
]);

describe('reply templates', () => {
  it('are valid, with unique IDs, and enough of them', () => {
    const problems = raw.flatMap((entry, i) => {
      const parsed = replyTemplate.safeParse(entry);
      return parsed.success ? [] : formatIssues(parsed.error).map((p) => `[${i}] ${p}`);
    });
    expect(problems).toEqual([]);
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
    expect(templates.length).toBeGreaterThanOrEqual(24);
  });

  it('cite rules that exist', () => {
    expect(templates.flatMap((t) => t.rules.filter((id) => !ruleById.has(id)).map((id) => `${t.id}: ${id}`))).toEqual([]);
  });

  it.each(bodies)('%s types no figure and passes the reply checker with no warning', (_name, template, language, body) => {
    expect(typedDigitInTemplate(body)).toBeNull();
    const filled = fillTemplate(body, language);
    const findings = checkReply(filled, { platform: template.platform, caseKind: template.kinds[0] as never });
    expect(findings.filter((f) => f.severity !== 'suggestion').map((f) => `${f.kind}: "${f.text}"`)).toEqual([]);
  });

  it.each(bodies)('%s does not offer a remedy and ask for a withdrawal or a feedback change in one message (AZ-9, FB-4)', (_name, _template, _language, body) => {
    expect(remedyWithRequest(body)).toBeNull();
  });

  it('uses square-bracket placeholders for what the agent fills in', () => {
    expect(templates.filter((t) => !/\[[a-z][a-z ]+\]/i.test(t.body)).map((t) => t.id)).toEqual([]);
  });
});

describe('the template guard bites', () => {
  it('finds a typed figure but allows numbered choices', () => {
    expect(typedDigitInTemplate('We will write again within 24 hours.')).toBe('2');
    expect(typedDigitInTemplate('Could you tell us which you prefer:\n1. a refund\n2. a replacement')).toBeNull();
    expect(fillTemplate('within {SHIP-8.updateWithin}', 'de')).toMatch(/^within \d+ Stunden$/);
  });
});

describe('the remedy-with-request guard bites', () => {
  const fixtures = readYaml('../fixtures/reply-templates/remedy-with-request.yaml').map((entry) => replyTemplate.parse(entry));

  it.each(fixtures.map((t) => [t.id, t.body] as const))('finds the trade in the fixture %s', (_id, body) => {
    expect(remedyWithRequest(body)).not.toBeNull();
  });

  it('lets a remedy alone, a request alone, and a request after a remedy that is only named in a placeholder', () => {
    expect(remedyWithRequest('Could you let us know which you prefer:\n1. a full refund of [amount]\n2. a replacement [item]')).toBeNull();
    expect(remedyWithRequest('If you feel the matter is resolved, would you consider withdrawing the claim?')).toBeNull();
    expect(remedyWithRequest('As agreed, [what you did, e.g. your full refund has been issued]. Would you consider withdrawing the claim?')).toBeNull();
  });
});
