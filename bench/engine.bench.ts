/**
 * Engine benchmark: median and p95 per call of `advise` and `checkReply` over 10,000
 * generated inputs each. It prints figures; it is not part of the test command.
 * Targets: advise p95 ≤ 0.05 ms, checkReply p95 ≤ 0.2 ms on 1,000-character drafts.
 */
import fc from 'fast-check';
import { advise } from '../src/engine/advise';
import { policy } from '../src/engine/loaded-policy';
import { facts as parsedFacts } from '../test/engine/fixtures';
import { checkReply } from '../src/engine/reply-check';
import { caseFactsArbitrary } from '../test/engine/case-arbitrary';
import { draftFrom } from './drafts';
import { measure } from './measure';

const COUNT = 10_000;
const DRAFT_LENGTH = 1_000;

const cases = fc.sample(caseFactsArbitrary, { numRuns: COUNT, seed: 7 }).map((input) => parsedFacts(input));
const drafts = Array.from({ length: COUNT }, (_, i) => draftFrom(i, DRAFT_LENGTH));

measure('advise', cases, (facts) => advise(policy, facts), 0.05);
measure('checkReply', drafts, (text) => checkReply(text, { platform: 'amazon', caseKind: 'amazon-atoz' }), 0.2);
