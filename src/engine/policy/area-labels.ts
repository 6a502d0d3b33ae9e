import type { Message } from '../message';
import type { Area } from './types';

/**
 * The playbook's areas: each one's name (words in the catalogs, `engine.area.<area>`) and the ID
 * prefix its rules share. Written as plain messages, so a page that shows them loads nothing more.
 */
export const areaLabels: Record<Area, { name: Message; prefix: string }> = {
  health: { name: { code: 'area.health' }, prefix: 'HEALTH' },
  messages: { name: { code: 'area.messages' }, prefix: 'MSG' },
  shipping: { name: { code: 'area.shipping' }, prefix: 'SHIP' },
  product: { name: { code: 'area.product' }, prefix: 'PROD' },
  returns: { name: { code: 'area.returns' }, prefix: 'RET' },
  atoz: { name: { code: 'area.atoz' }, prefix: 'AZ' },
  claims: { name: { code: 'area.claims' }, prefix: 'CLAIM' },
  chargebacks: { name: { code: 'area.chargebacks' }, prefix: 'CB' },
  feedback: { name: { code: 'area.feedback' }, prefix: 'FB' },
  ebay: { name: { code: 'area.ebay' }, prefix: 'EBAY' },
};
