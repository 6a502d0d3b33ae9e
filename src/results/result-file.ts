import { z } from 'zod';
import { parseBoundedJson } from '../engine/bounded-json';
import { durationMsSchema } from '../engine/bounded-numbers';
import { formatIssues } from '../engine/issues';
import type { L10n } from '../engine/text';
import type { QuizResult } from '../engine/quiz/result';
import { checksumOf } from './checksum';
import { isoDateTime, quizResultSchema } from '../engine/quiz/result-schema';
import { resultFileName } from './result-file-name';

/**
 * A result file: what a trainee exports after a quiz or the course, for a trainer to collect.
 * Versioned JSON with a SHA-256 checksum over everything else, so a file edited by hand after
 * export is told apart from one Casebook wrote. The checksum detects edits; it is not a
 * signature, and a determined editor can recompute it.
 */

export const RESULT_FILE_FORMAT = 'casebook-result';
export const RESULT_FILE_VERSION = 1;

export interface Trainee {
  name: string;
  /** An e-mail address or a staff number: whatever the company knows the trainee by. */
  id?: string;
}

/** One module check of the course, with its own quiz result. */
export interface ModuleResult {
  moduleId: string;
  title: L10n;
  result: QuizResult;
}

interface FileCommon {
  format: typeof RESULT_FILE_FORMAT;
  version: typeof RESULT_FILE_VERSION;
  trainee: Trainee;
  /** In both languages: a trainer reads the file in either, and xAPI names carry both. */
  title: L10n;
  /** Time spent, as the page measured it (pauses left out), so not always finishedAt − startedAt. */
  durationMs: number;
  exportedAt: string;
  checksum: string;
}

export interface QuizResultFile extends FileCommon {
  kind: 'quiz';
  result: QuizResult;
}

export interface CourseResultFile extends FileCommon {
  kind: 'course';
  courseId: string;
  modules: ModuleResult[];
}

export type ResultFile = QuizResultFile | CourseResultFile;

type Stamped = 'format' | 'version' | 'exportedAt' | 'checksum';
/** What the page hands over; format, version, export time and checksum are added on writing. */
export type ResultFileInput = Omit<QuizResultFile, Stamped> | Omit<CourseResultFile, Stamped>;

const text = z.string().regex(/\S/, 'expected some text');
const l10n = z.object({ en: text, 'zh-cn': text }).strict();

const common = {
  format: z.literal(RESULT_FILE_FORMAT),
  version: z.literal(RESULT_FILE_VERSION),
  trainee: z.object({ name: text, id: text.optional() }).strict(),
  title: l10n,
  durationMs: durationMsSchema,
  exportedAt: isoDateTime,
  checksum: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 checksum (64 hexadecimal digits)'),
};

const moduleSchema = z.object({ moduleId: text, title: l10n, result: quizResultSchema }).strict();

export const resultFileSchema: z.ZodType<ResultFile> = z.discriminatedUnion('kind', [
  z.object({ ...common, kind: z.literal('quiz'), result: quizResultSchema }).strict(),
  z
    .object({
      ...common,
      kind: z.literal('course'),
      courseId: text,
      modules: z
        .array(moduleSchema)
        .min(1)
        .superRefine((modules, ctx) => {
          const seen = new Set<string>();
          modules.forEach((module, i) => {
            if (seen.has(module.moduleId)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i, 'moduleId'], message: `module ${module.moduleId} appears twice` });
            seen.add(module.moduleId);
          });
        }),
    })
    .strict(),
]);

/** Why a file was not read. A file can have several (a wrong field and an edit, say). The trainer page words each as `trainer.fileProblem.<kind>`. */
export type ResultFileProblemKind = 'too-large' | 'too-deep' | 'unreadable' | 'not-json' | 'not-result-file' | 'newer-version' | 'unknown-version' | 'invalid' | 'edited';

export type ReadResult = { ok: true; file: ResultFile } | { ok: false; kinds: ResultFileProblemKind[]; problems: string[] };

export interface WrittenFile {
  name: string;
  text: string;
}

const withoutChecksum = (file: Record<string, unknown>): Record<string, unknown> => {
  const { checksum: _checksum, ...rest } = file;
  return rest;
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The file for a finished quiz or course. Throws when the input would not read back: a bug in the caller, not the trainee's doing. */
export async function writeResultFile(input: ResultFileInput, now: Date | string): Promise<WrittenFile> {
  const exportedAt = new Date(now).toISOString();
  const trainee: Trainee = { name: input.trainee.name.trim(), ...(input.trainee.id?.trim() ? { id: input.trainee.id.trim() } : {}) };
  const unsigned = { format: RESULT_FILE_FORMAT, version: RESULT_FILE_VERSION, ...input, trainee, exportedAt };
  const file = { ...unsigned, checksum: await checksumOf(unsigned) };
  const parsed = resultFileSchema.safeParse(file);
  if (!parsed.success) throw new Error(`cannot write a result file: ${formatIssues(parsed.error).join('; ')}`);
  return { name: resultFileName(trainee.name, input.title.en, exportedAt), text: `${JSON.stringify(file, null, 2)}\n` };
}

/** Reads a result file. Never throws: a bad file gives every problem found, each naming its field. */
export async function readResultFile(text: string): Promise<ReadResult> {
  try {
    return await readBounded(text);
  } catch (error) {
    // Nothing above should throw; if something does, the file is named as unreadable rather than the page stopping.
    return { ok: false, kinds: ['unreadable'], problems: [`(root): could not be read (${error instanceof Error ? error.message : String(error)})`] };
  }
}

async function readBounded(text: string): Promise<ReadResult> {
  const fail = (kinds: ResultFileProblemKind[], problems: string[]): ReadResult => ({ ok: false, kinds, problems });
  // Size and depth first: nothing recursive (the schema, the checksum) runs on an unbounded file.
  const json = parseBoundedJson(text);
  if (!json.ok) return fail([json.refusal === 'not-finite' ? 'invalid' : json.refusal], [json.problem]);
  const data = json.value;
  if (!isRecord(data) || data.format !== RESULT_FILE_FORMAT)
    return fail(['not-result-file'], [`format: expected "${RESULT_FILE_FORMAT}", found ${isRecord(data) ? (JSON.stringify(data.format) ?? 'nothing') : 'no object'}`]);
  if (data.version !== RESULT_FILE_VERSION) {
    const newer = typeof data.version === 'number' && Number.isInteger(data.version) && data.version > RESULT_FILE_VERSION;
    return fail(
      [newer ? 'newer-version' : 'unknown-version'],
      [`version: this site reads version ${RESULT_FILE_VERSION}, the file is version ${JSON.stringify(data.version) ?? 'missing'}`],
    );
  }

  const kinds: ResultFileProblemKind[] = [];
  const problems: string[] = [];
  const parsed = resultFileSchema.safeParse(data);
  if (!parsed.success) {
    kinds.push('invalid');
    problems.push(...formatIssues(parsed.error));
  }
  // The checksum is compared even when fields are wrong, so an edit is named as such too.
  if (typeof data.checksum === 'string' && data.checksum !== (await checksumOf(withoutChecksum(data)))) {
    kinds.push('edited');
    problems.push('checksum: the content does not match its checksum: the file was edited after export');
  }
  return parsed.success && problems.length === 0 ? { ok: true, file: parsed.data } : fail(kinds, problems);
}
