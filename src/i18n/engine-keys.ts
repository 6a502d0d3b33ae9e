import type { CountCode, MessageCode } from '../engine/message-codes';
import type { UiKey } from './en';

/** The catalog keys the engine's codes need: `engine.<code>`, and a count's `.one` and `.other`. */
export type EngineKey = `engine.${Exclude<MessageCode, CountCode>}` | `engine.${CountCode}.${'one' | 'other'}`;

/**
 * `true` when a catalog with the keys `Keys` words every code the engine says and holds no
 * engine key that is no code; otherwise the keys that are missing and those left over, which a
 * type check prints. (zh-cn.ts is typed with the English keys, so this covers both catalogs.)
 */
export type CoversEngineCodes<Keys extends string> = [Exclude<EngineKey, Keys>, Exclude<Extract<Keys, `engine.${string}`>, EngineKey>] extends [never, never]
  ? true
  : { missing: Exclude<EngineKey, Keys>; leftOver: Exclude<Extract<Keys, `engine.${string}`>, EngineKey> };

/** The catalogs word every code: `astro check` fails here, naming the key, when one does not. */
export const catalogsCoverEngineCodes: CoversEngineCodes<UiKey> = true;
