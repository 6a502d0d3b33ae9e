import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { countCodes, messageCodes } from '../../src/engine/message-codes';
import type { CoversEngineCodes } from '../../src/i18n/engine-keys';
import type { UiKey } from '../../src/i18n/en';
import { en } from '../../src/i18n/en';
import { zhCn } from '../../src/i18n/zh-cn';

/**
 * Every code the engine says something by has its words in each catalog (src/i18n/engine-keys.ts
 * checks it by type, so `astro check` fails on a missing key), and no catalog holds engine words
 * that no code uses. The fixture is a catalog with one key missing and one left over: compiling
 * it must fail, naming both.
 */

const root = path.resolve(__dirname, '../..');

// The same check, inline: `astro check` fails if these lines stop being errors (the check bites) or the last one starts being one.
// @ts-expect-error a catalog without engine.sim.closed
export const withoutOne: CoversEngineCodes<Exclude<UiKey, 'engine.sim.closed'>> = true;
// @ts-expect-error a count without its "one" form
export const withoutOneForm: CoversEngineCodes<Exclude<UiKey, 'engine.sim.wastedTime.one'>> = true;
// @ts-expect-error an engine key that is no code
export const leftOver: CoversEngineCodes<UiKey | 'engine.sim.gone'> = true;
export const whole: CoversEngineCodes<UiKey> = true;

const expectedKeys = messageCodes
  .flatMap((code) => ((countCodes as readonly string[]).includes(code) ? [`engine.${code}.one`, `engine.${code}.other`] : [`engine.${code}`]))
  .sort();

describe('the catalogs word every code the engine says', () => {
  it('each catalog has exactly the engine keys the codes need', () => {
    for (const catalog of [en, zhCn])
      expect(
        Object.keys(catalog)
          .filter((key) => key.startsWith('engine.'))
          .sort(),
      ).toEqual(expectedKeys);
  });

  it('a catalog missing a code’s key fails the type check, naming the key (the check bites)', { timeout: 120_000 }, () => {
    const fixture = path.join(root, 'test/lint/fixtures/catalog-missing-key.ts');
    const program = ts.createProgram([fixture], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
    });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => `${path.relative(root, d.file?.fileName ?? '')}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^test\/lint\/fixtures\/catalog-missing-key\.ts: /);
    expect(errors[0]).toContain('missing: "engine.sim.closed"');
    expect(errors[0]).toContain('leftOver: "engine.sim.gone"');
  });
});
