// The largest file an import takes, and what a person is told when theirs is larger. Shared by the
// command, the page's action and the page itself, which checks before sending; the server's request
// gate allows a little more than this for the form around the file (scripts/request-gate.mjs).
export const IMPORT_LIMIT_BYTES = 1024 * 1024;
export const FILE_TOO_LARGE = 'The file must be 1 MB or smaller: split it into several files';
