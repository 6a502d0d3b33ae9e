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
    en: 'Saved progress was written by a newer version of Casebook (in another tab, perhaps). It is left exactly as it is. Reload this page to go on with it: until then, nothing you do here is saved for this part of your progress.',
    'zh-cn': '已保存的进度由更新版本的 Casebook 写入（可能来自另一个标签页），已原样保留。请重新加载本页后继续：在此之前，你在本页对这部分进度所做的操作都不会被保存。',
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

export const reloadLabel: L10n = {
  en: 'Reload the page',
  'zh-cn': '重新加载页面',
};

export const downloadKeptAsideLabel: L10n = {
  en: 'Download the kept-aside data',
  'zh-cn': '下载另行保存的数据',
};
