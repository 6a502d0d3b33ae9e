import { useEffect, useRef, useState } from 'preact/hooks';
import { kindsOfPlatform, platforms, type CaseKind, type Platform } from '../../engine/case-kinds';
import { factLabels } from '../../engine/fact-labels';
import { checkReply, type Finding, type Severity } from '../../engine/reply-check';
import type { Lang } from '../../engine/text';
import type { KeysWith } from '../../i18n';
import { say } from '../../i18n/say';
import { fillBlanks, templateBlanks, type TemplateBlank } from './fill-placeholders';
import { fillText } from '../site/fill-text';

export interface CheckerTemplate {
  id: string;
  title: string;
  platform: Platform;
  kinds: CaseKind[];
  /** English body with its figures filled in; German too where the template has one. */
  body: string;
  bodyDe?: string;
}

type Strings = Record<
  KeysWith<'checker.' | 'form.platform' | 'tools.' | 'engine.reply.explanation.' | 'engine.reply.fix.' | 'engine.fact.platform.' | 'engine.fact.kind.'>,
  string
>;

interface Props {
  lang: Lang;
  rulesPath: string;
  templates: CheckerTemplate[];
  strings: Strings;
}

/** How long typing must pause before the draft is checked: the check never runs on a keystroke. */
const PAUSE_MS = 150;
const severityIcon: Record<Severity, string> = { error: '✕', warning: '⚠', suggestion: 'ℹ' };

/** The reply checker: a draft against the message rules, findings inline and listed. */
export function ReplyChecker({ lang, rulesPath, templates, strings: s }: Props) {
  const [platform, setPlatform] = useState<Platform>('amazon');
  const [kind, setKind] = useState<CaseKind | ''>('');
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<{ text: string; findings: Finding[] }>({ text: '', findings: [] });
  const [templateId, setTemplateId] = useState('');
  const [german, setGerman] = useState(false);
  const [blanks, setBlanks] = useState<Partial<Record<TemplateBlank, string>>>({});
  const backdrop = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const timer = setTimeout(() => setChecked({ text, findings: checkReply(text, { platform, ...(kind && { caseKind: kind }) }) }), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, platform, kind]);

  const fitting = templates.filter((t) => t.platform === platform && (!kind || t.kinds.includes(kind)));
  const template = fitting.find((t) => t.id === templateId) ?? fitting[0];
  const current = checked.text === text;
  const findings = current && text.trim() ? checked.findings : [];
  const problems = findings.filter((f) => f.severity !== 'suggestion');

  const insert = () => {
    if (!template) return;
    setText(fillBlanks(german && template.bodyDe ? template.bodyDe : template.body, blanks));
    document.getElementById('checker-draft')?.focus();
  };

  return (
    <div class="tool controls reply-checker">
      <form class="tool-form" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{s['checker.context']}</legend>
          <div class="field">
            <label for="checker-platform">{s['form.platform']}</label>
            <select
              id="checker-platform"
              value={platform}
              onChange={(e) => {
                setPlatform(e.currentTarget.value as Platform);
                setKind('');
              }}
            >
              {platforms.map((p) => (
                <option value={p}>{say(s, lang, factLabels.platform!.values![p]!)}</option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="checker-kind">{s['checker.kind']}</label>
            <select id="checker-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as CaseKind | '')}>
              <option value="">{s['checker.anyKind']}</option>
              {kindsOfPlatform(platform).map((k) => (
                <option value={k}>{say(s, lang, factLabels.kind!.values![k]!)}</option>
              ))}
            </select>
          </div>
        </fieldset>
        <details class="template-picker">
          <summary>{s['checker.templates']}</summary>
          {fitting.length === 0 ? (
            <p>{s['checker.noTemplates']}</p>
          ) : (
            <div class="template-fields">
              <div class="field">
                <label for="checker-template">{s['checker.template']}</label>
                <select id="checker-template" value={template?.id} onChange={(e) => setTemplateId(e.currentTarget.value)}>
                  {fitting.map((t) => (
                    <option value={t.id}>{t.title}</option>
                  ))}
                </select>
              </div>
              {template?.bodyDe && (
                <div class="field field-check">
                  <input id="checker-german" type="checkbox" checked={german} onChange={(e) => setGerman(e.currentTarget.checked)} />
                  <label for="checker-german">{s['checker.german']}</label>
                </div>
              )}
              {templateBlanks.map((blank) => (
                <div class="field" key={blank}>
                  <label for={`checker-blank-${blank.replace(' ', '-')}`}>
                    {s[`checker.blank.${blank.replace(' ', '-') as 'buyer-name' | 'order-ID' | 'tracking-number'}`]}
                  </label>
                  <input
                    id={`checker-blank-${blank.replace(' ', '-')}`}
                    type="text"
                    value={blanks[blank] ?? ''}
                    onInput={(e) => setBlanks({ ...blanks, [blank]: e.currentTarget.value })}
                  />
                </div>
              ))}
              <button type="button" onClick={insert}>
                {s['checker.insert']}
              </button>
            </div>
          )}
        </details>
        <div class="field">
          <label for="checker-draft">{s['checker.draft']}</label>
          <div class="draft-box">
            <div class="draft-backdrop" ref={backdrop} aria-hidden="true">
              {highlighted(text, current ? findings : [])}
            </div>
            <textarea
              id="checker-draft"
              rows={12}
              spellcheck={true}
              value={text}
              aria-describedby="checker-summary"
              onInput={(e) => setText(e.currentTarget.value)}
              onScroll={(e) => backdrop.current && (backdrop.current.scrollTop = e.currentTarget.scrollTop)}
            />
          </div>
        </div>
      </form>
      <section class="tool-result" aria-labelledby="checker-result">
        <h2 id="checker-result">{s['checker.result']}</h2>
        <p id="checker-summary" class={`check-summary ${problems.length ? 'has-problems' : 'is-clean'}`} role="status">
          {!text.trim()
            ? s['checker.empty']
            : !current
              ? s['checker.checking']
              : problems.length === 0
                ? `✓ ${s['checker.ready']}`
                : `${severityIcon.error} ${fillText(problems.length === 1 ? s['checker.problemOne'] : s['checker.problemMany'], { count: problems.length })}`}
        </p>
        <ol class="finding-list">
          {findings.map((f, i) => (
            <li class={`finding severity-${f.severity}`} key={`${f.kind}-${f.start}-${i}`} data-kind={f.kind}>
              <p>
                <span aria-hidden="true">{severityIcon[f.severity]}</span> <strong>{s[`checker.severity.${f.severity}`]}</strong>
                {f.text && (
                  <>
                    {' '}
                    <q class="finding-text">{f.text}</q>
                  </>
                )}{' '}
                <a href={`${rulesPath}${f.ruleId}/`}>{f.ruleId}</a>
              </p>
              <p>{say(s, lang, f.explanation)}</p>
              <p>
                <span class="finding-fix-label">{s['checker.fix']}</span> {say(s, lang, f.fix)}
              </p>
            </li>
          ))}
        </ol>
        <p class="tool-note">{s['checker.note']}</p>
      </section>
    </div>
  );
}

/** The draft as text with each finding's span marked; the marks sit under the transparent textarea. */
function highlighted(text: string, findings: Finding[]) {
  const spans = findings.filter((f) => f.end > f.start).sort((a, b) => a.start - b.start);
  const out = [];
  let at = 0;
  for (const f of spans) {
    if (f.start < at) continue;
    out.push(text.slice(at, f.start));
    out.push(<mark class={`severity-${f.severity}`}>{text.slice(f.start, f.end)}</mark>);
    at = f.end;
  }
  // A trailing newline needs a character after it, or the backdrop is one line short.
  out.push(`${text.slice(at)}\u200b`);
  return out;
}
