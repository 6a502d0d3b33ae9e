import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uuidV5 } from '../../src/results';
import { URL_NAMESPACE } from '../../src/results/uuid-v5';

/** RFC 4122 version 5 by the book, on Node's own SHA-1. */
function reference(name: string, namespace: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

describe('name-based UUIDs', () => {
  it('agree with SHA-1 by the book for any name, across block boundaries and in any script', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ minLength: 40, maxLength: 140 })), fc.uuid(), (name, namespace) => {
        expect(uuidV5(name, namespace)).toBe(reference(name, namespace));
      }),
      { numRuns: 500 },
    );
    for (const length of [0, 39, 40, 55, 56, 63, 64, 119, 120, 1000]) expect(uuidV5('x'.repeat(length), URL_NAMESPACE)).toBe(reference('x'.repeat(length), URL_NAMESPACE));
  });

  it('are version 5 of the RFC 4122 variant, and differ for different names', () => {
    const a = uuidV5('a', URL_NAMESPACE);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidV5('b', URL_NAMESPACE)).not.toBe(a);
    expect(() => uuidV5('a', 'not-a-uuid')).toThrow();
  });
});
