import { message, type Message } from '../message';
import type { Area } from './types';

/** The playbook's areas: each one's name (words in the catalogs, `engine.area.<area>`) and the ID prefix its rules share. */
export const areaLabels: Record<Area, { name: Message; prefix: string }> = {
  health: { name: message('area.health'), prefix: 'HEALTH' },
  messages: { name: message('area.messages'), prefix: 'MSG' },
  shipping: { name: message('area.shipping'), prefix: 'SHIP' },
  product: { name: message('area.product'), prefix: 'PROD' },
  returns: { name: message('area.returns'), prefix: 'RET' },
  atoz: { name: message('area.atoz'), prefix: 'AZ' },
  claims: { name: message('area.claims'), prefix: 'CLAIM' },
  chargebacks: { name: message('area.chargebacks'), prefix: 'CB' },
  feedback: { name: message('area.feedback'), prefix: 'FB' },
  ebay: { name: message('area.ebay'), prefix: 'EBAY' },
};
