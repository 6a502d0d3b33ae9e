import type { QuizResult } from '../../engine/quiz';
import { fillText } from '../site/fill-text';
import type { QuizStrings } from './strings';

interface Props {
  history: QuizResult[];
  locale: string;
  strings: QuizStrings;
}

const WIDTH = 560;
const HEIGHT = 180;
const PAD = { top: 16, right: 8, bottom: 28, left: 36 };

/**
 * The trainee's last quizzes as a bar chart. Each bar carries its score as text and a pass or
 * fail mark (✓ / ✗) and a fill pattern, so the chart reads without colour; a table under it
 * gives the same figures to screen readers.
 */
export function HistoryChart({ history, locale, strings: s }: Props) {
  const shown = history.slice(-12);
  if (!shown.length) return null;
  const date = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' });
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / shown.length;
  const y = (score: number) => PAD.top + plotH * (1 - score / 100);
  const passMark = shown.at(-1)!.passMark;
  return (
    <figure class="history-chart">
      <figcaption id="history-caption">{s['quiz.history.caption']}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="history-caption" preserveAspectRatio="xMidYMid meet">
        <defs>
          <pattern id="fail-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="6" class="hatch" />
          </pattern>
        </defs>
        {[0, 50, 100].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} class="grid" />
            <text x={PAD.left - 4} y={y(v) + 4} text-anchor="end" class="axis">
              {v}
            </text>
          </g>
        ))}
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(passMark)} y2={y(passMark)} class="pass-line" />
        <text x={WIDTH - PAD.right} y={y(passMark) - 4} text-anchor="end" class="axis">
          {fillText(s['quiz.history.passLine'], { n: passMark })}
        </text>
        {shown.map((r, i) => {
          const x = PAD.left + i * slot + slot * 0.15;
          const w = slot * 0.7;
          return (
            <g key={`${r.quizId}-${r.finishedAt}`}>
              <rect
                x={x}
                y={y(r.score)}
                width={w}
                height={Math.max(1, y(0) - y(r.score))}
                class={r.passed ? 'bar pass' : 'bar fail'}
                fill={r.passed ? undefined : 'url(#fail-hatch)'}
              />
              <text x={x + w / 2} y={y(r.score) - 3} text-anchor="middle" class="value">
                {r.score}
                {r.passed ? '✓' : '✗'}
              </text>
              <text x={x + w / 2} y={HEIGHT - 10} text-anchor="middle" class="axis">
                {date.format(new Date(r.finishedAt))}
              </text>
            </g>
          );
        })}
      </svg>
      <table class="visually-hidden">
        <caption>{s['quiz.history.caption']}</caption>
        <thead>
          <tr>
            <th scope="col">{s['quiz.history.date']}</th>
            <th scope="col">{s['quiz.score']}</th>
            <th scope="col">{s['quiz.result']}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={`${r.quizId}-${r.finishedAt}`}>
              <td>{date.format(new Date(r.finishedAt))}</td>
              <td>{r.score}</td>
              <td>{r.passed ? s['quiz.passed'] : s['quiz.failed']}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
