import type { MessageCode } from './message-codes';
import type { L10n } from './text';

export type { CountCode, ListCode, MessageCode } from './message-codes';

/**
 * What the engine says, as a code and the values to fill in: the words are the catalogs'
 * (src/i18n/en.ts, zh-cn.ts, key `engine.<code>`), and `say` (src/i18n/say.ts) puts them
 * together in one language. The engine imports no words.
 */
export interface Message {
  code: MessageCode;
  params?: Readonly<Record<string, MessageParam>>;
}

/**
 * A value in a message: a string or number as it is; an `L10n`, a text the engine still builds
 * in both languages (a rule's reason, an action's name), shown in the reader's; a message of its
 * own; or, as the `items` of a list code's message, a list of them.
 */
export type MessageParam = string | number | L10n | Message | readonly MessageParam[];

/**
 * What a field of an engine result says: a message, or a text the engine holds in both
 * languages. The review's note is a rule's reason where one applies and the simulator's own
 * sentence where none does, so such a field takes either, and `say` shows both.
 */
export type Words = Message | L10n;

/** A message with its values, if any. */
export const message = (code: MessageCode, params?: Message['params']): Message => (params ? { code, params } : { code });

/** Whether a value is a message (and not a text in both languages). */
export const isMessage = (value: unknown): value is Message =>
  !!value && typeof value === 'object' && typeof (value as Message).code === 'string' && Object.keys(value).every((key) => key === 'code' || key === 'params');
