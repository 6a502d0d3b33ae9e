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
  ['broken', 'damaged', 'damage', '破损', '坏了', '损坏', '坏'],
  ['not updated', 'not updating', 'not moving', 'stalled', 'stuck', '没更新', '不更新', '停止更新', '不动'],
  ['options', 'choices', 'actions', '选项', '做法'],
  ['expensive', 'high-value', 'valuable', '贵', '昂贵', '高价'],
  ['buyer', 'customer', 'client', '买家', '顾客', '客户'],
  ['wismo', 'where is my order', 'where’s my order', 'where is my package', 'where is my parcel', '我的订单在哪', '包裹在哪'],
  ['does not work', "doesn't work", 'not working', 'stopped working', '不工作', '不能用', '用不了', '无法使用'],
  ['not as pictured', 'looks different', '和图片不一样', '跟图片不一样', '与图片不符'],
  ['answer', 'reply', 'respond', 'response', '回复', '答复'],
  ['changed his mind', 'changed her mind', 'changed their mind', 'does not want it', "doesn't want it", 'no longer wanted', 'no longer wants', '不想要', '不要了'],
  ['how to use', 'cannot operate', "can't operate", 'manual', '不会用', '不会使用', '说明书'],
  ['1 star', 'one star', 'bad review', 'negative feedback', '差评'],
  ['apology', 'apologise', 'apologize', 'sorry', '道歉'],
];
