import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../connection";
import { authThrottle } from "../schema";

/** Failures allowed in a window before the key is locked. */
export const THROTTLE = { maxFailures: 5, windowMs: 15 * 60_000, baseLockMs: 60_000, maxLockMs: 60 * 60_000 } as const;

export interface ThrottleState {
  locked: boolean;
  retryAfterMs: number;
}

/** Is any of these keys ("email:…", "ip:…") locked right now? */
export async function checkThrottle(db: Db, keys: string[], now = new Date()): Promise<ThrottleState> {
  if (keys.length === 0) return { locked: false, retryAfterMs: 0 };
  const rows = await db.select().from(authThrottle).where(inArray(authThrottle.key, keys));
  let retryAfterMs = 0;
  for (const row of rows) {
    if (row.lockedUntil && row.lockedUntil > now) retryAfterMs = Math.max(retryAfterMs, row.lockedUntil.getTime() - now.getTime());
  }
  return { locked: retryAfterMs > 0, retryAfterMs };
}

/**
 * Counts a failed attempt against each key. Past the limit the key is locked, for a
 * period that doubles with each further failure (1 min, 2 min, … up to an hour).
 */
export async function recordFailure(db: Db, keys: string[], now = new Date()): Promise<void> {
  for (const key of keys) {
    await db.transaction(async (tx) => {
      await tx
        .insert(authThrottle)
        .values({ key, failures: 0, windowStartedAt: now })
        .onConflictDoNothing({ target: authThrottle.key });
      const [row] = await tx.select().from(authThrottle).where(eq(authThrottle.key, key)).for("update");
      if (!row) return;
      const expired = now.getTime() - row.windowStartedAt.getTime() > THROTTLE.windowMs && !(row.lockedUntil && row.lockedUntil > now);
      const failures = expired ? 1 : row.failures + 1;
      const over = failures - THROTTLE.maxFailures;
      const lockedUntil =
        over >= 0 ? new Date(now.getTime() + Math.min(THROTTLE.baseLockMs * 2 ** over, THROTTLE.maxLockMs)) : null;
      await tx
        .update(authThrottle)
        .set({ failures, windowStartedAt: expired ? now : row.windowStartedAt, lockedUntil })
        .where(eq(authThrottle.key, key));
    });
  }
}

export async function clearFailures(db: Db, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db.delete(authThrottle).where(inArray(authThrottle.key, keys));
}

export async function pruneThrottle(db: Db, now = new Date()): Promise<void> {
  await db
    .delete(authThrottle)
    .where(sql`${authThrottle.windowStartedAt} < ${new Date(now.getTime() - 24 * 3600_000)} and (${authThrottle.lockedUntil} is null or ${authThrottle.lockedUntil} < ${now})`);
}
