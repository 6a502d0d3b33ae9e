/**
 * An iCalendar file (RFC 5545) for a case's deadlines, so an agent can put them in any
 * calendar. Pure: the same events and stamp give the same bytes.
 */

export interface CalendarEvent {
  /** Stable per case and deadline, so importing the file again updates instead of duplicating. */
  uid: string;
  /** ISO 8601 instant. */
  at: string;
  summary: string;
  description: string;
  url?: string;
  /** Minutes before `at` to remind; none when absent. */
  remindBefore?: number;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** `2026-11-23T10:15:00.000Z` → `20261123T101500Z` (UTC form). */
export const icsDateTime = (iso: string): string =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** TEXT values: backslash, semicolon and comma escaped; line breaks as `\n`. */
export const escapeText = (text: string): string =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

/** Lines longer than 75 octets are folded: CRLF plus one space, never inside a UTF-8 character. */
export function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

export function calendarFile(events: CalendarEvent[], stamp: string, name: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Casebook//Case clock//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(name)}`];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${icsDateTime(stamp)}`,
      `DTSTART:${icsDateTime(event.at)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      ...(event.url ? [`URL:${event.url}`] : []),
      ...(event.remindBefore ? ['BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:-PT${event.remindBefore}M`, `DESCRIPTION:${escapeText(event.summary)}`, 'END:VALARM'] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join(CRLF) + CRLF;
}
