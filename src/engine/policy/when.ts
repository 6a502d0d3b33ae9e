import type { MessageTopic } from '../case-choices';
import type { Condition } from './types';

/** Small builders for the conditions rules repeat most; the result is still plain data. */
export const and = (...all: Condition[]): Condition => ({ all });
export const kindIs = (...kinds: string[]): Condition => ({ fact: 'kind', is: kinds });
export const messageAbout = (...topics: MessageTopic[]): Condition =>
  and(kindIs('amazon-message'), { fact: 'topic', is: topics });

/**
 * A product problem raised by a buyer message, or by a return request that is still open:
 * RET-1 says a return request is handled like a message, so the product rules answer both.
 * A return request's topic is read from its reason (see facts-view.ts).
 */
export const problemAbout = (...topics: MessageTopic[]): Condition => ({
  any: [messageAbout(...topics), and(kindIs('amazon-return'), { fact: 'solutionGiven', is: 'none' }, { fact: 'topic', is: topics })],
});
