import { describe, expect, it } from 'vitest';
import { fillNamed, PlaceholderError } from '../../src/engine/placeholders';

describe('filling named placeholders', () => {
  it('fills every parameter, also twice, and keeps braces that a value brings', () => {
    expect(fillNamed('{n} of {n}, file {file}', { n: 2, file: 'a{b}.json' }, 'UI string')).toBe('2 of 2, file a{b}.json');
    // The engine's messages are filled the same way: test/i18n/say.test.ts.
  });

  it('refuses a placeholder without a value, or one it cannot fill, naming the text and the placeholder', () => {
    expect(() => fillNamed('Module {n}', {}, 'UI string')).toThrow(PlaceholderError);
    expect(() => fillNamed('Module {toString}', {}, 'UI string')).toThrow('UI string "Module {toString}": {toString} has no value');
  });
});
