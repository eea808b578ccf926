/** Opens (and migrates) the database as the server starts, so a bad database stops it at once with the cause. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { getDatabase } = await import("@/lib/db/runtime");
  try {
    const handle = await getDatabase();
    console.log(`[codecert] database ready (${handle.driver}: ${handle.location})`);
  } catch (error) {
    console.error(`[codecert] cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
}
