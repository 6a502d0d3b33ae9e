import { loadEnv } from 'vite';
import { lrsConfigFrom, type LrsConfigResult } from '../results/lrs-config';

/** The learning record store settings in the build's environment (`PUBLIC_LRS_*`, see lrs-config.ts). */
export const recordStoreSettings = (): LrsConfigResult => lrsConfigFrom(loadEnv(process.env.NODE_ENV ?? 'production', process.cwd(), 'PUBLIC_LRS_'));

/** The configured store's endpoint, the one address outside the origin a page may send to; undefined when none (or malformed: the build refuses those). */
export function recordStoreEndpoint(): string | undefined {
  const settings = recordStoreSettings();
  return settings?.ok ? settings.config.endpoint : undefined;
}
