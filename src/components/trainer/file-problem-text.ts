import { MAX_FILE_MEGABYTES } from '../../engine/bounded-json';
import type { ResultFileProblemKind } from '../../results/result-file';
import { fillText } from '../site/fill-text';
import type { KeysWith } from '../../i18n';

/** Why a result file was not read, in the page's language: the reader gives the code, the catalog the words. */
export const fileProblemText = (kind: ResultFileProblemKind, s: Record<KeysWith<'trainer.fileProblem.'>, string>): string =>
  fillText(s[`trainer.fileProblem.${kind}`], { mb: MAX_FILE_MEGABYTES });
