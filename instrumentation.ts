/**
 * Runs as the server starts: opens (and migrates) the database so a bad database stops the
 * server at once with the cause, then submits exams whose time ran out, every 30 seconds,
 * so an attempt abandoned in a closed browser is still submitted at its deadline.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { getDatabase } = await import("@/lib/db/runtime");
  let handle;
  try {
    handle = await getDatabase();
    console.log(`[codecert] database ready (${handle.driver}: ${handle.location})`);
  } catch (error) {
    console.error(`[codecert] cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
  const { getCodeLibrary } = await import("@/lib/codes/runtime");
  const { sweepExpiredAttempts } = await import("@/lib/exams/attempts");
  const sweep = async () => {
    try {
      const submitted = await sweepExpiredAttempts(handle.db, await getCodeLibrary());
      if (submitted) console.log(`[codecert] submitted ${submitted} exam attempt(s) whose time ran out`);
    } catch (error) {
      console.error(`[codecert] deadline sweep failed: ${(error as Error).message}`);
    }
  };
  const interval = Number(process.env.CODECERT_SWEEP_SECONDS ?? "30") * 1000;
  setInterval(sweep, interval).unref();
  void sweep();
}
