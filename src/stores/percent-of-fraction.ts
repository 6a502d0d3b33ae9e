/**
 * A fraction 0–1 as a whole percent, rounded down as quiz scores are. Rounding to a millionth
 * first absorbs float noise: 0.29 * 100 is 28.999999999999996, which is 29 percent.
 */
export const percentOfFraction = (fraction: number): number => Math.floor(Math.round(fraction * 1e6) / 1e4);
