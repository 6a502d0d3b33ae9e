import { useState } from 'preact/hooks';
import { actionLabels } from '../../engine/action-labels';
import { appealGrounds, closeReasons, payers, type Action, type ActionType } from '../../engine/actions';
import { caseKinds, type CaseKind } from '../../engine/case-kinds';
import { factLabels } from '../../engine/fact-labels';
import type { Decision, Scenario, SimState } from '../../engine/simulator';
import type { CaseDeadline } from '../../engine/simulator/case-clock';
import { draftsFor } from '../../engine/simulator/drafts';
import { OPENING_OFFER_PERCENT, describeChoice } from '../../engine/simulator/playbook-reading';
import { checksLeft } from '../../engine/simulator/step';
import { offeredActions } from '../../engine/simulator/action-groups';
import { urgencies } from '../../engine/simulator/vocabulary';
import type { Lang } from '../../engine/text';
import type { KeysWith } from '../../i18n';
import { say } from '../../i18n/say';
import { fillText } from '../site/fill-text';
import { aside } from '../../engine/punctuation';
import { policy } from '../../engine/loaded-policy';

type Strings = Record<KeysWith<'sim.' | 'engine.action.' | 'engine.list.' | 'engine.fact.kind.'>, string>;

interface Props {
  lang: Lang;
  scenario: Scenario;
  state: SimState;
  deadlines: CaseDeadline[];
  decide: (decision: Decision) => void;
  strings: Strings;
}

/** The step the case is at: triage, then checks and a resolution, then the reply. */
export function StepPanel(props: Props) {
  const { state } = props;
  if (state.phase === 'triage') return <Triage {...props} />;
  if (state.phase === 'act') return <Act {...props} />;
  if (state.phase === 'reply') return <Reply {...props} />;
  return null;
}

/** The deadline choice that says no clock is due; the placeholder ('') cannot be sent. */
const NOTHING_DUE = 'nothing-due';

function Triage({ lang, deadlines, decide, strings: s }: Props) {
  const due = deadlines.filter((d) => d.type === 'due');
  const [kind, setKind] = useState<string>('');
  // Nothing is chosen for the trainee: "nothing is due" is an answer, so it is a choice of its own.
  const [deadline, setDeadline] = useState('');
  const [urgency, setUrgency] = useState<(typeof urgencies)[number] | ''>('');
  const submit = (e: Event) => {
    e.preventDefault();
    if (kind && deadline && urgency) decide({ type: 'triage', kind: kind as CaseKind, deadline: deadline === NOTHING_DUE ? null : deadline, urgency });
  };
  return (
    <form class="step-form" onSubmit={submit} aria-labelledby="step-title">
      <h2 id="step-title" tabIndex={-1}>
        {s['sim.step.triage']}
      </h2>
      <p>{s['sim.triage.lead']}</p>
      <div class="field">
        <label for="triage-kind">{s['sim.triage.kind']}</label>
        <select id="triage-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value)} required>
          <option value="">{s['sim.resolve.choose.kind']}</option>
          {caseKinds.map((k) => (
            <option value={k}>{say(s, lang, factLabels.kind!.values![k]!)}</option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="triage-deadline">{s['sim.triage.deadline']}</label>
        <select id="triage-deadline" value={deadline} onChange={(e) => setDeadline(e.currentTarget.value)} required aria-describedby="triage-deadline-hint">
          <option value="">{s['sim.triage.chooseDeadline']}</option>
          <option value={NOTHING_DUE}>{s['sim.triage.nothingDue']}</option>
          {due.map((d) => (
            <option value={`${d.ruleId}.${d.key}`}>
              {d.label[lang]}
              {aside(lang, d.ruleId)}
            </option>
          ))}
        </select>
        <p id="triage-deadline-hint" class="field-hint">
          {s['sim.triage.deadlineHint']}
        </p>
      </div>
      <fieldset>
        <legend>{s['sim.triage.urgency']}</legend>
        {urgencies.map((u) => (
          <div class="field-check">
            <input type="radio" id={`urgency-${u}`} name="urgency" value={u} checked={urgency === u} onChange={() => setUrgency(u)} required />
            <label for={`urgency-${u}`}>{s[`sim.urgency.${u}`]}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit">{s['sim.triage.submit']}</button>
    </form>
  );
}

function Act({ lang, scenario, state, decide, strings: s }: Props) {
  const [type, setType] = useState<ActionType | ''>('');
  const [unchosen, setUnchosen] = useState(false);
  const [percent, setPercent] = useState(OPENING_OFFER_PERCENT);
  // Who pays the return, why a request closes, on what ground to appeal: each is part of the answer, so none is chosen in advance.
  const [payer, setPayer] = useState<(typeof payers)[number] | ''>('');
  const [reason, setReason] = useState<(typeof closeReasons)[number] | ''>('');
  const [ground, setGround] = useState<(typeof appealGrounds)[number] | ''>('');
  const detailMissing = (type === 'authorize-return' && !payer) || (type === 'close-return-request' && !reason) || (type === 'appeal-claim' && !ground);
  const action = (): Action | null =>
    type && !detailMissing
      ? {
          type,
          ...(type === 'partial-refund' && { percent }),
          ...(type === 'authorize-return' && payer && { payer }),
          ...(type === 'close-return-request' && reason && { reason }),
          ...(type === 'appeal-claim' && ground && { ground }),
        }
      : null;
  const submit = (e: Event) => {
    e.preventDefault();
    const chosen = action();
    setUnchosen(!chosen);
    if (chosen) decide({ type: 'resolve', action: chosen });
  };
  // An action's parameter shows right under it, where the trainee is looking.
  const parameter = () => (
    <>
      {type === 'partial-refund' && (
        <div class="field">
          <label for="resolve-percent">{s['sim.resolve.percent']}</label>
          <input id="resolve-percent" type="number" min="1" max="99" step="1" value={percent} onInput={(e) => setPercent(Number(e.currentTarget.value))} />
        </div>
      )}
      {type === 'authorize-return' && (
        <Choice
          id="resolve-payer"
          label={s['sim.resolve.payer']}
          value={payer}
          options={payers}
          set={setPayer}
          word={(p) => say(s, lang, describeChoice({ type, payer: p }))}
          choose={s['sim.triage.chooseDeadline']}
        />
      )}
      {type === 'close-return-request' && (
        <Choice
          id="resolve-reason"
          label={s['sim.resolve.reason']}
          value={reason}
          options={closeReasons}
          set={setReason}
          word={(r) => say(s, lang, describeChoice({ type, reason: r }))}
          choose={s['sim.triage.chooseDeadline']}
        />
      )}
      {type === 'appeal-claim' && (
        <Choice
          id="resolve-ground"
          label={s['sim.resolve.ground']}
          value={ground}
          options={appealGrounds}
          set={setGround}
          word={(g) => say(s, lang, describeChoice({ type, ground: g }))}
          choose={s['sim.triage.chooseDeadline']}
        />
      )}
    </>
  );
  const left = checksLeft(state);
  return (
    <div class="step-act">
      <h2 id="step-title" tabIndex={-1}>
        {s['sim.step.act']}
      </h2>
      <section aria-labelledby="checks-title">
        <h3 id="checks-title">{s['sim.checks']}</h3>
        <p>{s['sim.checks.lead']}</p>
        <ul class="check-buttons">
          {left.map((check) => (
            <li>
              <button type="button" onClick={() => decide({ type: 'check', check })}>
                {say(s, lang, actionLabels[check])}
              </button>
            </li>
          ))}
        </ul>
        {state.checks.length > 0 && (
          <p class="checks-done">
            {s['sim.checks.done']} {state.checks.map((c) => say(s, lang, actionLabels[c])).join(lang === 'en' ? ', ' : '、')}
          </p>
        )}
      </section>
      <form class="step-form" onSubmit={submit} aria-labelledby="resolve-title">
        <h3 id="resolve-title">{s['sim.resolve']}</h3>
        <p id="resolve-lead">{s['sim.resolve.action']}</p>
        {offeredActions(scenario.facts.kind).map(({ group, actions }) => (
          <fieldset class="action-group">
            <legend>{s[`sim.group.${group}`]}</legend>
            {actions.map((t) => [
              <div class="field-check">
                {/* One name per group, so Tab moves from group to group and arrows within one; the choice itself is one for the form. */}
                <input type="radio" id={`action-${t}`} name={`action-${group}`} value={t} checked={type === t} onChange={() => (setType(t), setUnchosen(false))} />
                <label for={`action-${t}`}>{say(s, lang, actionLabels[t])}</label>
              </div>,
              type === t && parameter(),
            ])}
          </fieldset>
        ))}
        {unchosen && (
          <p class="sim-rejected" role="alert">
            {s[type ? 'sim.resolve.chooseDetail' : 'sim.resolve.chooseFirst']}
          </p>
        )}
        <button type="submit">{s['sim.resolve.submit']}</button>
      </form>
    </div>
  );
}

function Choice<T extends string>({
  id,
  label,
  value,
  options,
  set,
  word,
  choose,
}: {
  id: string;
  label: string;
  value: T | '';
  options: readonly T[];
  set: (v: T) => void;
  word: (v: T) => string;
  choose: string;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set(e.currentTarget.value as T)}>
        <option value="">{choose}</option>
        {options.map((o) => (
          <option value={o}>{word(o)}</option>
        ))}
      </select>
    </div>
  );
}

function Reply({ scenario, state, decide, strings: s }: Props) {
  const drafts = draftsFor(policy, scenario, state);
  // No draft is chosen for the trainee: which one breaks no rule is the question.
  const [picked, setPicked] = useState<number | 'own' | null>(null);
  const [own, setOwn] = useState('');
  const [unchosen, setUnchosen] = useState(false);
  const submit = (e: Event) => {
    e.preventDefault();
    setUnchosen(picked === null);
    if (picked !== null) decide(picked === 'own' ? { type: 'write-reply', text: own } : { type: 'pick-draft', draft: picked });
  };
  return (
    <form class="step-form" onSubmit={submit} aria-labelledby="step-title">
      <h2 id="step-title" tabIndex={-1}>
        {s['sim.step.reply']}
      </h2>
      <p>{s['sim.reply.lead']}</p>
      <fieldset>
        <legend>{s['sim.reply.drafts']}</legend>
        {drafts.map((d, i) => (
          <div class="draft-option">
            <input type="radio" id={`draft-${i}`} name="draft" checked={picked === i} onChange={() => (setPicked(i), setUnchosen(false))} />
            <label for={`draft-${i}`}>
              <span class="draft-name">{fillText(s['sim.reply.draft'], { n: i + 1 })}</span>
              <span class="draft-text" lang="en">
                {d.text}
              </span>
            </label>
          </div>
        ))}
        <div class="draft-option">
          <input
            type="radio"
            id="draft-own"
            name="draft"
            checked={picked === 'own'}
            onChange={() => {
              if (picked !== 'own' && !own) setOwn(picked === null ? '' : (drafts[picked]?.text ?? ''));
              setPicked('own');
              setUnchosen(false);
            }}
          />
          <label for="draft-own">{s['sim.reply.own']}</label>
        </div>
      </fieldset>
      {unchosen && (
        <p class="sim-rejected" role="alert">
          {s['sim.reply.chooseFirst']}
        </p>
      )}
      {picked === 'own' && (
        <div class="field">
          <label for="reply-own">{s['sim.reply.ownLabel']}</label>
          <textarea id="reply-own" rows={10} lang="en" value={own} onInput={(e) => setOwn(e.currentTarget.value)} required />
        </div>
      )}
      <button type="submit">{s['sim.reply.submit']}</button>
    </form>
  );
}
