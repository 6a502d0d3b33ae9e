import { describe, expect, it } from 'vitest';
import { calendarFile, escapeText, fold, icsDateTime } from '../../src/components/case-clock/calendar';

const octets = (line: string) => new TextEncoder().encode(line).length;

const file = calendarFile(
  [
    {
      uid: 'close-AZ-2-respond-20260301T090000Z@casebook',
      at: '2026-03-08T09:00:00Z',
      summary: 'Due by: Respond to the claim; refund, or appeal',
      description: `${'Long, long description with commas; semicolons and a back\\slash. '.repeat(4)}\n第二行：中文说明也要正确折行，不能在字符中间断开。`,
      url: 'https://example.test/tools/case-clock/?case=v1.abc',
      remindBefore: 60,
    },
    { uid: 'open-EBAY-4-inr-20261102T150000Z@casebook', at: '2026-11-03T15:00:00Z', summary: 'Opens: INR case window', description: 'EBAY-4' },
  ],
  '2026-11-23T12:00:00.000Z',
  'Casebook deadlines: eBay item-not-received case',
);
const lines = file.split('\r\n');

describe('the calendar file (RFC 5545)', () => {
  it('uses CRLF line ends only and ends with one', () => {
    expect(file.endsWith('\r\n')).toBe(true);
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('is one VCALENDAR with VERSION and PRODID, and a VEVENT with UID, DTSTAMP and DTSTART for each event', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    const unfolded = file.replace(/\r\n /g, '');
    const events = unfolded.split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(2);
    for (const event of events) {
      expect(event).toMatch(/\r\nUID:[^\r]+@casebook\r\n/);
      expect(event).toMatch(/\r\nDTSTAMP:20261123T120000Z\r\n/);
      expect(event).toMatch(/\r\nDTSTART:\d{8}T\d{6}Z\r\n/);
    }
    expect(unfolded).toContain('DTSTART:20260308T090000Z');
    expect(unfolded).toContain('BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT60M');
  });

  it('folds every line to at most 75 octets, continuation lines starting with one space, never inside a character', () => {
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    const unfolded = file.replace(/\r\n /g, '');
    expect(unfolded).toContain('第二行：中文说明也要正确折行，不能在字符中间断开。');
  });

  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    expect(file.replace(/\r\n /g, '')).toContain('SUMMARY:Due by: Respond to the claim\\; refund\\, or appeal');
  });

  it('writes date-times in UTC form', () => {
    expect(icsDateTime('2026-02-28T23:30:00.000Z')).toBe('20260228T233000Z');
    expect(icsDateTime('2026-03-01T08:30:00+09:00')).toBe('20260228T233000Z');
  });

  it('leaves short lines alone', () => {
    expect(fold('SUMMARY:short')).toBe('SUMMARY:short');
  });
});
