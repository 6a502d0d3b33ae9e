import { describe, expect, it } from 'vitest';
import { $courseProgress, emptyCourseProgress, setTraineeName } from '../../src/stores/course-progress';
import { $storageNotices, keptAsideEntries } from '../../src/stores/notices';
import { exportProgress } from '../../src/stores/progress-file';
import { $quizHistory } from '../../src/stores/quiz-history';
import { $quizSession } from '../../src/stores/quiz-session';
import { $storageMode } from '../../src/stores/storage-mode';

// No configureStorage here: this is the server (Node, no window, no localStorage).
describe('on the server', () => {
  it('every store is its initial value, with nothing to report', () => {
    expect(typeof window).toBe('undefined');
    expect($courseProgress.get()).toEqual(emptyCourseProgress);
    expect($quizHistory.get()).toEqual([]);
    expect($quizSession.get()).toBeNull();
    expect($storageNotices.get()).toEqual([]);
    expect($storageMode.get()).toBe('local');
    expect(keptAsideEntries()).toEqual([]);
  });

  it('actions still work in memory, without raising a notice', () => {
    setTraineeName('  Li Wei ');
    expect($courseProgress.get().traineeName).toBe('Li Wei');
    expect($storageNotices.get()).toEqual([]);
    expect(JSON.parse(exportProgress(new Date('2026-03-01T00:00:00Z')).text).stores['course-progress'].value.traineeName).toBe('Li Wei');
  });
});
