import type { MessageTopic } from '../case-choices';
import type { Condition } from './types';

/** Small builders for the conditions rules repeat most; the result is still plain data. */
export const and = (...all: Condition[]): Condition => ({ all });
export const kindIs = (...kinds: string[]): Condition => ({ fact: 'kind', is: kinds });
export const messageAbout = (...topics: MessageTopic[]): Condition =>
  and(kindIs('amazon-message'), { fact: 'topic', is: topics });
