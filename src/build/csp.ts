import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroUserConfig } from 'astro';
import { filesUnder } from './files';

/**
 * The Content-Security-Policy every page carries (as a meta tag: the site is static). Nothing
 * loads from outside the origin: scripts, styles, images, fonts, workers and fetches are all
 * 'self'. Astro hashes the scripts and styles it bundles; the few inline scripts that must run
 * before the first paint live in `src/layouts/inline-scripts/` and are hashed here. The one
 * outside address a page may talk to is the learning record store, when one is configured.
 * After the build, `cspProblems` reads every page and fails on an inline script or style the
 * policy does not cover, so a new one cannot slip by.
 */

const inlineScriptsDir = fileURLToPath(new URL('../layouts/inline-scripts/', import.meta.url));

export type CspHash = `sha256-${string}`;
type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['experimental']>['csp']>, boolean>;
type CspDirective = NonNullable<CspConfig['directives']>[number];

export const sha256 = (text: string): CspHash => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** The hashes of the inline scripts the layouts emit, from the same files they import. */
export const inlineScriptHashes = (dir = inlineScriptsDir): CspHash[] => filesUnder(dir, '.js').map((file) => sha256(readFileSync(file, 'utf8')));

/** Every directive but script-src and style-src, which Astro writes with its hashes. */
export function cspDirectives(recordStoreEndpoint?: string): CspDirective[] {
  const recordStore = recordStoreEndpoint ? ` ${new URL(recordStoreEndpoint).origin}` : '';
  return [
    "default-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    `connect-src 'self'${recordStore}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

const metaPattern = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
const scriptPattern = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi;
const stylePattern = /<style(\s[^>]*)?>([\s\S]*?)<\/style>/gi;
/** Script types a browser runs; anything else (application/json) is data. */
const executable = (attrs: string) => {
  const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
  return type === undefined || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
};

/** The sources of each directive in a policy string. */
export function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

const allowedSource = (source: string, extraOrigins: readonly string[]) =>
  source === "'self'" || source === "'none'" || /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source) || extraOrigins.includes(source);

/** What is wrong with one page's HTML under the policy it carries; `page` names it in each problem. */
export function pageCspProblems(page: string, html: string, extraOrigins: readonly string[] = []): string[] {
  const content = metaPattern.exec(html)?.[1];
  if (content === undefined) return [`${page}: no Content-Security-Policy`];
  const policy = parsePolicy(content.replace(/&#39;/g, "'").replace(/&quot;/g, '"'));
  const problems: string[] = [];
  for (const required of ['default-src', 'script-src', 'style-src', 'object-src', 'base-uri'])
    if (!policy.has(required)) problems.push(`${page}: the policy has no ${required}`);
  for (const [name, sources] of policy)
    for (const source of sources) if (!allowedSource(source, extraOrigins)) problems.push(`${page}: ${name} allows ${source}, which is outside the origin`);
  const allowed = (directive: string, body: string) => policy.get(directive)?.includes(`'${sha256(body)}'`) ?? false;
  for (const [, attrs = '', body = ''] of html.matchAll(scriptPattern)) {
    if (/\ssrc\s*=/i.test(attrs) || !executable(attrs)) continue;
    if (!allowed('script-src', body)) problems.push(`${page}: an inline script the policy does not cover: ${body.trim().slice(0, 60)}…`);
  }
  for (const [, , body = ''] of html.matchAll(stylePattern))
    if (!allowed('style-src', body)) problems.push(`${page}: an inline style the policy does not cover: ${body.trim().slice(0, 60)}…`);
  // Event-handler and style attributes are refused by a hash-based policy: they would silently not work.
  const attribute = /<[a-z][^>]*\s(on[a-z]+|style)\s*=/i.exec(html);
  if (attribute) problems.push(`${page}: an inline ${attribute[1]!.toLowerCase()}= attribute, which the policy blocks`);
  return problems;
}

/** Every page of the built site checked against its policy. */
export function cspProblems(dist: string, extraOrigins: readonly string[] = []): string[] {
  return filesUnder(dist, '.html').flatMap((file) => pageCspProblems(`/${relative(dist, file).replace(/\\/g, '/')}`, readFileSync(file, 'utf8'), extraOrigins));
}
