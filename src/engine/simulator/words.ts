import { fillNamed } from '../placeholders';
import { localeOfLang } from '../format-number';
import type { L10n } from '../text';

/**
 * The simulator's own sentences, in both languages. Rule text and verdict reasons come from
 * the policy; these only frame them.
 */
export const words = {
  // rejected decisions
  closed: { en: 'The case is closed: there is nothing more to decide.', 'zh-cn': '案例已结束，无需再做决定。' },
  malformed: { en: 'That decision is not well formed.', 'zh-cn': '该操作格式不正确。' },
  notNow: { en: 'That step does not belong here: the case is at another stage.', 'zh-cn': '现在不是这一步：案例处于其他阶段。' },
  checkedAlready: { en: 'You have already made that check.', 'zh-cn': '这项已经查过了。' },
  investigationIsCheck: { en: 'That is a check, not a resolution: choose it as a check.', 'zh-cn': '这是调查步骤，不是处理方案：请作为调查项选择。' },
  percentNeeded: { en: 'A partial refund needs a percentage.', 'zh-cn': '部分退款需要填写比例。' },
  noSuchDraft: { en: 'There is no draft with that number.', 'zh-cn': '没有这个编号的草稿。' },
  noHintsLeft: { en: 'No more hints in this round.', 'zh-cn': '本轮没有更多提示了。' },
  // checks
  nothingNew: { en: 'Nothing you did not already know.', 'zh-cn': '没有发现新的情况。' },
  // hints
  hintChecks: { en: 'The rules need these before you decide: {list}.', 'zh-cn': '做决定之前，规则要求先完成：{list}。' },
  hintRules: { en: 'Rules that apply to this case: {list}.', 'zh-cn': '适用于本案例的规则：{list}。' },
  hintAction: { en: 'What the playbook recommends now: {action}.', 'zh-cn': '手册目前建议：{action}。' },
  hintReply: {
    en: 'A good reply has no links, no e-mail addresses, no competitor names, no orders and no blame; it apologises and says when the buyer will hear from you.',
    'zh-cn': '好的回复不含链接、邮箱、竞争平台名称、命令口吻和责备；要道歉，并说明何时给买家答复。',
  },
  hintDraft: { en: 'Draft {n} breaks no message rule.', 'zh-cn': '第 {n} 份草稿没有违反消息规则。' },
  // review
  triageKind: { en: 'Kind of case', 'zh-cn': '案例类型' },
  triageDeadline: { en: 'Most pressing deadline', 'zh-cn': '最紧迫的时限' },
  triageUrgency: { en: 'Urgency', 'zh-cn': '紧急程度' },
  noDeadline: { en: 'no deadline is running', 'zh-cn': '没有正在计时的时限' },
  right: { en: 'Right.', 'zh-cn': '正确。' },
  notRight: { en: 'Not quite: the case clock says otherwise.', 'zh-cn': '不太对：案例时钟显示的不同。' },
  checkNeeded: { en: 'The rules need this check here.', 'zh-cn': '本案例的规则需要这项调查。' },
  checkUseful: { en: 'Useful: the playbook speaks for this check here.', 'zh-cn': '有用：手册支持在此做这项调查。' },
  checkNeedless: { en: 'Not needed for this case: it only cost time.', 'zh-cn': '本案例不需要这项调查，只是浪费了时间。' },
  skipCheck: { en: 'Skip this check.', 'zh-cn': '跳过这项调查。' },
  checkSkipped: { en: 'Skipped: the rules needed this before a resolution.', 'zh-cn': '遗漏：做出处理方案之前，规则要求先做这一步。' },
  openCase: {
    en: 'The playbook names no resolution for this situation, and nothing it calls wrong was chosen.',
    'zh-cn': '手册对这种情况没有指定处理方案，所选操作也不在手册明确禁止之列。',
  },
  unjudgedAction: {
    en: 'The playbook does not name this action for this case; it names others.',
    'zh-cn': '手册没有针对本案例提到这个操作，而是建议了其他操作。',
  },
  replyClean: { en: 'The reply breaks no message rule.', 'zh-cn': '回复没有违反任何消息规则。' },
  replyErrors: { en: 'The reply breaks a message rule.', 'zh-cn': '回复违反了消息规则。' },
  replyWarnings: { en: 'The reply has a problem of tone.', 'zh-cn': '回复的语气有问题。' },
  replyBest: { en: 'A reply that breaks no message rule.', 'zh-cn': '一份不违反任何消息规则的回复。' },
  noResolutionNamed: {
    en: 'The playbook names no resolution for this case: any step it does not call wrong, with a courteous reply.',
    'zh-cn': '手册对本案例没有指定处理方案：只要不是手册明确禁止的操作即可，并礼貌回复买家。',
  },
  // never-dos
  neverDoAction: { en: 'Chose “{action}”, which the rules call wrong here.', 'zh-cn': '选择了“{action}”，规则明确禁止在此情况下这样做。' },
  neverDoActionUnchecked: {
    en: 'Chose “{action}”, which the rules call wrong on what the skipped checks would have shown.',
    'zh-cn': '选择了“{action}”；按遗漏的调查本可查明的情况，规则明确禁止这样做。',
  },
  neverDoActionUnseen: {
    en: 'Chose “{action}”, which the rules call wrong on the facts of the case as they are, found or not.',
    'zh-cn': '选择了“{action}”；按本案例的实际情况（无论是否查明），规则明确禁止这样做。',
  },
  neverDoReply: { en: 'The reply says: “{text}”', 'zh-cn': '回复中写了：“{text}”' },
  neverDoReplyUnquoted: { en: 'The reply breaks a message rule.', 'zh-cn': '回复违反了消息规则。' },
  neverDoCap: {
    en: 'A never-do caps this case at {cap}, below the pass mark of {pass}: it cannot pass, whatever else went well.',
    'zh-cn': '出现了绝对禁止的做法，本案例最高只能得 {cap} 分，低于及格线 {pass} 分：其他方面做得再好也不能通过。',
  },
  neverDoCapDay: {
    en: 'A never-do in {n} of the day’s cases caps the day at {cap}, below the pass mark of {pass}.',
    'zh-cn': '有 {n} 个案例出现了绝对禁止的做法，当天成绩最高只能得 {cap} 分，低于及格线 {pass} 分。',
  },
  roundsKept: { en: 'Settled within the eBay round limit.', 'zh-cn': '在 eBay 轮数限制内解决。' },
  roundsBroken: { en: 'Not settled within the eBay round limit.', 'zh-cn': '未能在 eBay 轮数限制内解决。' },
  roundsBest: { en: 'Settle the matter within the round limit.', 'zh-cn': '在轮数限制内解决问题。' },
  // dimensions
  outcome: {
    resolved: { en: 'The buyer accepted the solution.', 'zh-cn': '买家接受了解决方案。' },
    unresolved: { en: 'The case ended without the buyer agreeing to a solution.', 'zh-cn': '案例结束时买家仍未接受任何方案。' },
    claim: { en: 'The buyer took the case to the platform.', 'zh-cn': '买家把问题提交给了平台。' },
    'negative-feedback': { en: 'The buyer left negative feedback.', 'zh-cn': '买家留下了差评。' },
    open: { en: 'The case is still open.', 'zh-cn': '案例尚未结束。' },
  },
  policyNote: { en: '{full} of {count} decisions as the playbook says; each one is reviewed below.', 'zh-cn': '{count} 个决定中有 {full} 个符合手册；逐条复盘见下方。' },
  costNote: { en: 'Cost to the seller: {cost}; the playbook’s answer costs {best}.', 'zh-cn': '卖家成本：{cost}；按手册处理的成本：{best}。' },
  deadlineMet: { en: 'Met: {label}.', 'zh-cn': '已按时完成：{label}。' },
  deadlineMissed: { en: 'Missed: {label}.', 'zh-cn': '已超时：{label}。' },
  noDeadlines: { en: 'No deadline was running when the case opened.', 'zh-cn': '案例开始时没有正在计时的时限。' },
  // Counts: the form each language's plural rules pick (fillCount).
  skippedChecks: {
    one: { en: '{n} check or question the rules needed was skipped: {points} policy points off.', 'zh-cn': '遗漏了 {n} 项规则要求的调查或询问：合规得分扣 {points} 分。' },
    other: {
      en: '{n} checks or questions the rules needed were skipped: {points} policy points off.',
      'zh-cn': '遗漏了 {n} 项规则要求的调查或询问：合规得分扣 {points} 分。',
    },
  },
  wastedTime: {
    one: { en: '{n} check the case did not need.', 'zh-cn': '做了 {n} 项本案例不需要的调查。' },
    other: { en: '{n} checks the case did not need.', 'zh-cn': '做了 {n} 项本案例不需要的调查。' },
  },
  hintsUsed: {
    one: { en: '{n} hint used.', 'zh-cn': '使用了 {n} 次提示。' },
    other: { en: '{n} hints used.', 'zh-cn': '使用了 {n} 次提示。' },
  },
  contribution: {
    'late-response': { en: 'A late first reply counts against the response-time metric.', 'zh-cn': '首次回复超时，计入回复时效指标。' },
    'return-dissatisfaction': { en: 'The return request counts as dissatisfied.', 'zh-cn': '该退货请求计为不满意。' },
    odr: { en: 'The order counts in the order defect rate.', 'zh-cn': '该订单计入订单缺陷率。' },
    'case-escalated': { en: 'The eBay case went to eBay to decide.', 'zh-cn': '该 eBay 纠纷被提交给 eBay 裁决。' },
    'negative-feedback': { en: 'Negative feedback on the account.', 'zh-cn': '账号收到差评。' },
  },
  healthClean: { en: 'Nothing added to the account-health metrics beyond the playbook’s answer.', 'zh-cn': '除按手册处理必然产生的影响外，没有对账户健康指标造成额外影响。' },
  bands: {
    excellent: { en: 'Excellent', 'zh-cn': '优秀' },
    pass: { en: 'Pass', 'zh-cn': '合格' },
    'near-miss': { en: 'Nearly there', 'zh-cn': '差一点' },
    fail: { en: 'Not yet', 'zh-cn': '尚未合格' },
  },
} as const satisfies Record<string, L10n | Record<string, L10n>>;

/** A sentence about a count `n`: in each language the form its plural rules pick ("1 check", "2 checks"), then filled. */
export function fillCount(forms: { one: L10n; other: L10n }, n: number, values: Record<string, string | number | L10n> = {}): L10n {
  const pick = (lang: keyof L10n) => (new Intl.PluralRules(localeOfLang(lang)).select(n) === 'one' ? forms.one : forms.other)[lang];
  return fill({ en: pick('en'), 'zh-cn': pick('zh-cn') }, { ...values, n });
}

/** Fills `{name}` placeholders of a sentence in both languages; one without a value throws, naming it. */
export function fill(text: L10n, values: Record<string, string | number | L10n>): L10n {
  const one = (lang: keyof L10n) =>
    fillNamed(text[lang], Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'object' ? value[lang] : value])), 'engine text');
  return { en: one('en'), 'zh-cn': one('zh-cn') };
}
