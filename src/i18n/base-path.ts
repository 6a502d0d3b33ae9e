/**
 * The path the site is served under, set at build time (`BASE=/casebook/ astro build`,
 * read by astro.config.mjs): `/` by default. Every internal URL the site writes or
 * fetches goes through `withBase`, so the site works under a sub-path.
 */
// A function, read when used: the build's checks and the e2e tests load this module outside Vite, where there is no
// `import.meta.env`, and always pass the base they check.
export const siteBase = (): string => normaliseBase(import.meta.env?.BASE_URL);

/** `casebook`, `/casebook` and `/casebook/` all mean `/casebook/`; nothing means `/`. */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A site path under the base: `/handbook/` → `/casebook/handbook/`. */
export function withBase(path: string, base = siteBase()): string {
  return base + path.replace(/^\/+/, '');
}

/** The site path of a URL path under the base: `/casebook/handbook/` → `/handbook/`. A path outside the base is returned unchanged. */
export function withoutBase(path: string, base = siteBase()): string {
  if (base === '/') return path;
  if (path === base.slice(0, -1)) return '/';
  return path.startsWith(base) ? path.slice(base.length - 1) : path;
}
