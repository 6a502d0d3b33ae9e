/** Where Casebook keeps things in localStorage. One prefix for live stores, one for kept-aside values. */
export const STORE_PREFIX = 'casebook:';
export const KEPT_PREFIX = 'casebook-kept:';

export const storeKeyOf = (key: string): string => `${STORE_PREFIX}${key}`;

/** The course progress's key: the home page checks for it without loading the stores. */
export const COURSE_PROGRESS_KEY = 'course-progress';
