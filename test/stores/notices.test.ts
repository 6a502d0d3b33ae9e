import { beforeEach, describe, expect, it } from 'vitest';
import { langs } from '../../src/engine/text';
import '../../src/stores/course-progress';
import { $quizHistory } from '../../src/stores/quiz-history';
import { t } from '../../src/i18n';
import { $storageNotices, dismissNotice, keptAsideEntries, keptAsideFile, raiseNotice, storageNoticeReasons } from '../../src/stores/notices';
import { configureStorage } from '../../src/stores/persisted';
import { fixedClock, MemoryStorage } from './memory-storage';

let storage: MemoryStorage;
const clock = fixedClock('2026-03-01T09:00:00Z');
beforeEach(() => {
  storage = new MemoryStorage();
  storage.setItem('casebook:quiz-history', 'broken {');
  storage.setItem('casebook:course-progress', JSON.stringify({ version: 7, value: {} }));
  storage.setItem('casebook:quiz-session', JSON.stringify({ version: 2, value: null }));
  storage.setItem('other-site-key', 'not ours');
  configureStorage({ storage, now: clock.now });
});

describe('kept-aside data', () => {
  it('lists every kept value with its raw text, and nothing else (a newer version is left in place, not kept aside)', () => {
    expect(keptAsideEntries()).toEqual([{ key: 'casebook-kept:quiz-history:2026-03-01T09:00:00.000Z', raw: 'broken {' }]);
    expect(storage.getItem('casebook:course-progress')).toBe(JSON.stringify({ version: 7, value: {} }));
  });

  it('comes as one JSON file that holds every entry unchanged', () => {
    const file = keptAsideFile();
    expect(file.name).toBe('casebook-kept-aside-2026-03-01.json');
    const json = JSON.parse(file.text);
    expect(json.format).toBe('casebook-kept-aside');
    expect(json.entries).toEqual(keptAsideEntries());
  });

  it('is empty, as a list and as a file, when nothing was kept aside', () => {
    configureStorage({ storage: new MemoryStorage(), now: clock.now });
    expect(keptAsideEntries()).toEqual([]);
    expect(JSON.parse(keptAsideFile().text).entries).toEqual([]);
  });
});

describe('notices', () => {
  it('one per unreadable store, in load order; dismissing one leaves the others', () => {
    const notices = $storageNotices.get();
    expect(notices.map((n) => [n.key, n.reason])).toEqual([
      ['course-progress', 'too-new'],
      ['quiz-history', 'invalid-json'],
    ]);
    dismissNotice(notices[0]!);
    expect($storageNotices.get()).toEqual([notices[1]]);
    expect($quizHistory.get()).toEqual([]);
  });

  it('every reason has a message in both languages, the Chinese one in Chinese', () => {
    // The reason is the code the notice's words are keyed by in the catalog.
    for (const key of [...storageNoticeReasons.map((r) => `storage.notice.${r}` as const), 'storage.leftInPlace', 'storage.downloadKeptAside', 'storage.reload'] as const) {
      for (const lang of langs) expect(t(lang, key).trim().length, key).toBeGreaterThan(0);
      expect(t('zh-cn', key)).toMatch(/[\u4e00-\u9fff]/);
      expect(t('en', key)).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('a newer version’s notice says to reload, in both languages, and not that anything was kept aside', () => {
    expect(t('en', 'storage.notice.too-new')).toMatch(/reload/i);
    expect(t('zh-cn', 'storage.notice.too-new')).toMatch(/重新加载/);
    expect(t('en', 'storage.notice.too-new')).not.toMatch(/kept aside/);
  });

  it('the same notice is raised once, however often its cause comes back', () => {
    const notice = { key: 'quiz-history', reason: 'too-new' as const };
    raiseNotice(notice);
    raiseNotice(notice);
    expect($storageNotices.get().filter((n) => n.reason === 'too-new' && n.key === 'quiz-history')).toHaveLength(1);
  });
});
