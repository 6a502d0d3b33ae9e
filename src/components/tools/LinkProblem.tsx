import type { CaseProblem } from '../../engine/case-problems';
import type { Lang } from '../../engine/text';
import type { KeysWith } from '../../i18n';
import { problemText } from '../facts-form/problem-text';

interface Props {
  lang: Lang;
  problem: string;
  /** For a link whose case is invalid, the case's problems. */
  issues: readonly CaseProblem[];
  strings: Record<KeysWith<'tools.' | 'form.problem.' | 'form.label.' | 'engine.fact.'>, string>;
}

/**
 * Why a shared link could not be opened, and that the tool starts fresh instead. Only an
 * invalid case has details worth showing, each field's problem in the page's language.
 */
export function LinkProblem({ lang, problem, issues, strings: s }: Props) {
  const message = s[`tools.link.${problem as 'damaged' | 'outdated' | 'newer' | 'invalid'}`] ?? s['tools.link.damaged'];
  return (
    <div class="link-problem" role="alert">
      <p>
        <strong>{s['tools.link.title']}</strong> {message} {s['tools.link.fresh']}
      </p>
      {issues.length > 0 && (
        <details>
          <summary>{s['tools.link.details']}</summary>
          <ul>
            {issues.map((issue) => (
              <li>{problemText(issue, lang, s)}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
