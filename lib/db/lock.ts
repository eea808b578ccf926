import fs from "node:fs";

/** Thrown when another live process owns the embedded database. */
export class DatabaseLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly ownerPid: number,
  ) {
    super(
      `The embedded database is in use by another process (pid ${ownerPid}); only one process may own it. ` +
        `Stop that process, or set DATABASE_URL to use a PostgreSQL server. Lock file: ${lockFile}`,
    );
    this.name = "DatabaseLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes an exclusive, process-wide lock by creating a file that holds our pid.
 * A lock left by a dead process is taken over; a live owner makes this throw.
 */
export function acquireLock(lockFile: string): () => void {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(lockFile, "wx");
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return () => releaseLock(lockFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(fs.readFileSync(lockFile, "utf8").trim(), 10);
      if (owner === process.pid) return () => releaseLock(lockFile);
      if (Number.isFinite(owner) && isAlive(owner)) throw new DatabaseLockedError(lockFile, owner);
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not take the database lock ${lockFile}`);
}

function releaseLock(lockFile: string): void {
  try {
    const owner = Number.parseInt(fs.readFileSync(lockFile, "utf8").trim(), 10);
    if (owner === process.pid) fs.rmSync(lockFile, { force: true });
  } catch {
    // already gone
  }
}
