import type { KeysWith } from '../../i18n';

/** The UI strings the course islands receive: `stringsWith(lang, 'course.')` … */
export type CourseStrings = Record<KeysWith<'course.'>, string>;
/** … and the progress page's, `stringsWith(lang, 'course.', 'progress.')`. */
export type ProgressStrings = Record<KeysWith<'course.' | 'progress.'>, string>;
