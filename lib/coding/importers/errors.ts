/**
 * The one error every importer raises for a malformed release file.
 * The message is "file:line: reason" so a user can open the file at the line.
 */
export class ImportError extends Error {
  override readonly name = "ImportError";
  /** The file (or "zip!member") being read. */
  readonly file: string;
  /** 1-based line number; 0 when the problem concerns the whole file. */
  readonly line: number;
  readonly reason: string;

  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

/** Narrowing helper for catch blocks. */
export function isImportError(e: unknown): e is ImportError {
  return e instanceof ImportError;
}
