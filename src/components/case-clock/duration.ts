import type { Lang } from '../../engine/text';
import type { KeysWith } from '../../i18n';

/** The unit words (`duration.d`, `.h`, `.m`, `.s`) in the page's language. */
export type DurationStrings = Record<KeysWith<'duration.'>, string>;

/** A span of time for a countdown: `2 d 4 h 13 min`, `3 h 5 min 20 s` near the end. */
export function formatDuration(ms: number, lang: Lang, strings: DurationStrings): string {
  const u = { d: strings['duration.d'], h: strings['duration.h'], m: strings['duration.m'], s: strings['duration.s'] };
  const total = Math.floor(Math.abs(ms) / 1000);
  const [d, h, m, s] = [Math.floor(total / 86400), Math.floor((total % 86400) / 3600), Math.floor((total % 3600) / 60), total % 60];
  const parts: [number, string][] =
    d > 0
      ? [
          [d, u.d],
          [h, u.h],
          [m, u.m],
        ]
      : h > 0
        ? [
            [h, u.h],
            [m, u.m],
            [s, u.s],
          ]
        : [
            [m, u.m],
            [s, u.s],
          ];
  const sep = lang === 'en' ? ' ' : '';
  return parts.map(([n, unit]) => `${n}${sep}${unit}`).join(lang === 'en' ? ' ' : '');
}
