/**
 * What the first search may cost a reader, gzip: the search code and one language's index
 * together (the budget). The index alone is held to what is left after the code.
 */
export const FIRST_SEARCH_BYTES = 100 * 1024;
/** The index file of one language, gzip; the code of the dialog and search takes the rest. */
export const INDEX_FILE_BYTES = 82 * 1024;
