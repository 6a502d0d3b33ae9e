/**
 * Result files, xAPI statements, the record-store sender and the trainer's cohort view. Pure,
 * like the engine it reads: no DOM, no storage, no clock of its own (`now` is passed in), so the
 * pages wire the browser's fetch, timers and storage in.
 */
export {
  RESULT_FILE_FORMAT,
  RESULT_FILE_VERSION,
  readResultFile,
  resultFileSchema,
  writeResultFile,
  type CourseResultFile,
  type ModuleResult,
  type QuizResultFile,
  type ReadResult,
  type ResultFile,
  type ResultFileInput,
  type ResultFileProblemKind,
  type Trainee,
  type WrittenFile,
} from './result-file';
export { resultFileName } from './result-file-name';
export { quizResultSchema } from '../engine/quiz/result-schema';
export { checksumOf } from './checksum';
export { canonicalJson } from './canonical-json';
export { outcomeOf, type FileOutcome } from './file-outcome';
export { isoDuration, isIsoDuration, msOfDuration } from './iso-duration';
export { uuidV5 } from './uuid-v5';
export { actorOf, extensionKey, statementsFor, type ActivityRef, type StatementOptions } from './xapi';
export { statementProblems } from './xapi-problems';
export { XAPI_VERSION, activityTypes, verbOf, type Activity, type Agent, type LanguageMap, type Statement, type Verb } from './xapi-statement';
export {
  backoffMs,
  createLrsSender,
  defaultRetry,
  type LrsFetch,
  type LrsProblem,
  type LrsProblemKind,
  type LrsQueueStore,
  type LrsRetry,
  type LrsScheduler,
  type LrsSender,
  type LrsSenderOptions,
} from './lrs-sender';
export { lrsConfigFrom, type LrsConfig, type LrsConfigResult } from './lrs-config';
export { cohortOfUnread, loadCohort, ruleMissesOf, weakestFirst, type Cohort, type CohortRow, type DuplicateFile, type RejectedFile, type RuleMiss } from './cohort';
export { cohortCsv, cohortCsvWords, ruleMissesCsv, type CohortCsvWord, type CohortCsvWords } from './cohort-csv';
export { readChosenFile, readChosenFiles, type ChosenFile, type FileLike } from './chosen-file';
export { csvCell, csvOf, type CsvCell } from './csv';
