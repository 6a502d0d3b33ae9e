/**
 * The kinds of case Casebook teaches, without their fields: enough for a menu. The field data
 * (case-fields.ts) must have exactly these kinds, which its type checks.
 */
export const caseKinds = [
  'amazon-message',
  'amazon-return',
  'amazon-atoz',
  'amazon-property-claim',
  'amazon-chargeback',
  'amazon-feedback',
  'ebay-message',
  'ebay-inr',
  'ebay-snad',
] as const;
export type CaseKind = (typeof caseKinds)[number];

export type Platform = 'amazon' | 'ebay';
export const platforms: readonly Platform[] = ['amazon', 'ebay'];
export const platformOf = (kind: CaseKind): Platform => (kind.startsWith('ebay') ? 'ebay' : 'amazon');
export const kindsOfPlatform = (platform: Platform): CaseKind[] => caseKinds.filter((k) => platformOf(k) === platform);
