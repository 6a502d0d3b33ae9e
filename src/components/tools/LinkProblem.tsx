import type { KeysWith } from '../../i18n';

interface Props {
  problem: string;
  details: string[];
  strings: Record<KeysWith<'tools.'>, string>;
}

/** Why a shared link could not be opened, and that the tool starts fresh instead. */
export function LinkProblem({ problem, details, strings: s }: Props) {
  const message = s[`tools.link.${problem as 'damaged' | 'outdated' | 'newer' | 'invalid'}`] ?? s['tools.link.damaged'];
  return (
    <div class="link-problem" role="alert">
      <p>
        <strong>{s['tools.link.title']}</strong> {message} {s['tools.link.fresh']}
      </p>
      {details.length > 0 && (
        <details>
          <summary>{s['tools.link.details']}</summary>
          <ul>
            {details.map((d) => (
              <li>{d}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
