import type { L10n } from '../engine/text';
import type { StorageNoticeReason } from './notices';

/** What each storage notice tells the trainee, in both languages. */
export const noticeMessages: Record<StorageNoticeReason, L10n> = {
  'invalid-json': {
    en: 'Saved progress could not be read: the data is damaged. It has been kept aside, and this part of your progress starts afresh.',
    'zh-cn': '已保存的进度无法读取：数据已损坏。原数据已另行保存，这部分进度将重新开始。',
  },
  'wrong-shape': {
    en: 'Saved progress was not in the expected form. It has been kept aside, and this part of your progress starts afresh.',
    'zh-cn': '已保存的进度格式不符合要求。原数据已另行保存，这部分进度将重新开始。',
  },
  'too-new': {
    en: 'Saved progress comes from a newer version of Casebook. It has been kept aside, and this part of your progress starts afresh here.',
    'zh-cn': '已保存的进度来自更新版本的 Casebook。原数据已另行保存，这部分进度在此将重新开始。',
  },
  'unknown-version': {
    en: 'Saved progress has a version this Casebook does not know. It has been kept aside, and this part of your progress starts afresh.',
    'zh-cn': '已保存进度的版本无法识别。原数据已另行保存，这部分进度将重新开始。',
  },
  'migration-failed': {
    en: 'Saved progress from an earlier version could not be brought up to date. It has been kept aside, and this part of your progress starts afresh.',
    'zh-cn': '旧版本保存的进度无法升级到当前版本。原数据已另行保存，这部分进度将重新开始。',
  },
  unavailable: {
    en: 'This browser is not keeping data (private mode, or storage is full). Casebook works as usual, but your progress will not be kept once you close the page.',
    'zh-cn': '此浏览器目前无法保存数据（可能处于无痕模式，或存储空间已满）。Casebook 仍可正常使用，但关闭页面后进度不会保留。',
  },
};

/** Added when an unreadable value could not even be copied aside. */
export const leftInPlaceMessage: L10n = {
  en: 'It could not be copied aside, so it was left where it was, untouched. New progress will not be saved over it.',
  'zh-cn': '原数据无法另行保存，因此保留在原处，未作任何改动。新的进度不会覆盖它。',
};

export const downloadKeptAsideLabel: L10n = {
  en: 'Download the kept-aside data',
  'zh-cn': '下载另行保存的数据',
};
