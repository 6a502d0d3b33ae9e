import { z } from 'zod';
import { DAY_MS } from './dates';

/**
 * Numbers that arrive from a file, held to sane bounds as well as to their type: JSON can write
 * 1e308, which is an integer to JavaScript and a duration of 3e297 years to a page that shows it.
 */

/** No one spends a year on a quiz or a module; a file that says so was not written by Casebook. */
export const MAX_DURATION_MS = 365 * DAY_MS;

/** Time spent in milliseconds: a whole number from 0 up to a year. */
export const durationMsSchema = z.number().int().min(0).max(MAX_DURATION_MS, 'expected at most a year in milliseconds');

/** A count (answers, reviews, a place in a list): a whole number from 0, small enough to add to exactly. */
export const countSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER, `expected at most ${Number.MAX_SAFE_INTEGER}`);
