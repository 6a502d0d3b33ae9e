/**
 * The learning record store to send results to, from the build's environment:
 * `PUBLIC_LRS_ENDPOINT` (the xAPI endpoint, e.g. https://lrs.example.com/xapi) and
 * `PUBLIC_LRS_AUTH` (the Authorization header, `Basic …`). Both end up in the pages the site
 * serves, so the credentials must be a write-only key made for this site, never an admin's.
 */

export interface LrsConfig {
  endpoint: string;
  auth: string;
}

export type LrsConfigResult = { ok: true; config: LrsConfig } | { ok: false; problems: string[] } | null;

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

function endpointProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `PUBLIC_LRS_ENDPOINT: "${text}" is not an address such as https://lrs.example.com/xapi`;
  }
  // Basic credentials over plain HTTP would be readable on the way; only a local test store may use it.
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && localHosts.has(url.hostname))) return 'PUBLIC_LRS_ENDPOINT: must use https:// (http:// only for localhost)';
  if (url.username || url.password) return 'PUBLIC_LRS_ENDPOINT: put the credentials in PUBLIC_LRS_AUTH, not in the address';
  if (url.search || url.hash) return 'PUBLIC_LRS_ENDPOINT: the endpoint takes no query or fragment';
  return null;
}

function authProblem(text: string): string | null {
  const match = /^Basic ([A-Za-z0-9+/]+={0,2})$/.exec(text);
  if (!match) return 'PUBLIC_LRS_AUTH: expected "Basic " followed by base64 of key:secret';
  try {
    if (!atob(match[1]!).includes(':')) return 'PUBLIC_LRS_AUTH: the base64 part must encode key:secret';
  } catch {
    return 'PUBLIC_LRS_AUTH: the part after "Basic " is not valid base64';
  }
  return null;
}

/** The store's settings; null when none is configured; every problem when they are malformed. */
export function lrsConfigFrom(env: Record<string, string | undefined>): LrsConfigResult {
  const endpoint = env.PUBLIC_LRS_ENDPOINT?.trim() ?? '';
  const auth = env.PUBLIC_LRS_AUTH?.trim() ?? '';
  if (!endpoint && !auth) return null;
  const problems = [
    endpoint ? endpointProblem(endpoint) : 'PUBLIC_LRS_ENDPOINT: missing, while PUBLIC_LRS_AUTH is set',
    auth ? authProblem(auth) : 'PUBLIC_LRS_AUTH: missing, while PUBLIC_LRS_ENDPOINT is set',
  ].filter((problem): problem is string => problem !== null);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, config: { endpoint: endpoint.replace(/\/+$/, ''), auth } };
}
