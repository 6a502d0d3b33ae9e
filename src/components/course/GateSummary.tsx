import type { ModuleStatus } from '../../course/status';
import { fillText } from '../site/fill-text';
import type { CourseStrings } from './strings';

/** What passing a module asks (its gate) against what is done: a mark and words for each part, never colour alone. */
export function GateSummary({ status, strings: s }: { status: ModuleStatus; strings: CourseStrings }) {
  const { gate } = status;
  const parts = [
    {
      key: 'readings',
      done: status.read >= gate.readingsNeeded,
      text: fillText(s['course.gate.readings'], { n: Math.min(status.read, gate.readingsNeeded), needed: gate.readingsNeeded }),
      show: gate.readingsNeeded > 0,
    },
    {
      key: 'practice',
      done: status.practised >= gate.practiceNeeded,
      text: fillText(s['course.gate.practice'], { n: Math.min(status.practised, gate.practiceNeeded), needed: gate.practiceNeeded }),
      show: gate.practiceNeeded > 0,
    },
    { key: 'check', done: gate.checkPassed, text: gate.checkPassed ? s['course.gate.checkPassed'] : s['course.gate.checkNotPassed'], show: true },
  ].filter((part) => part.show);
  return (
    <section class="gate-summary" aria-labelledby="gate-title" data-gate-met={gate.met}>
      <h2 id="gate-title">{s['course.gate.title']}</h2>
      <ul>
        {parts.map((part) => (
          <li key={part.key} data-gate={part.key} class={part.done ? 'work-done' : 'work-todo'}>
            <span aria-hidden="true">{part.done ? '✓' : '○'}</span> {part.text}
          </li>
        ))}
      </ul>
      {gate.met && <p>{s['course.gate.met']}</p>}
    </section>
  );
}
