/**
 * Words agents type for the same thing, beyond the glossary: each group is searched as one
 * term. Kept small on purpose; the glossary's aliases do most of the work.
 */
export const synonymGroups: string[][] = [
  ['angry', 'anger', 'upset', 'furious', 'rude', '生气', '愤怒'],
  ['parcel', 'package', 'shipment', '包裹'],
  ['money back', 'refund', '退款'],
  ['cancel', 'cancellation', '取消'],
  ['late', 'delay', 'delayed', '延误'],
  ['broken', 'damaged', 'damage', '破损'],
  ['apology', 'apologise', 'apologize', 'sorry', '道歉'],
];
