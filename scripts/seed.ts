/**
 * npm run seed             embedded database: creates the demo accounts (idempotent)
 * npm run seed -- --demo   required on a DATABASE_URL server, where nothing is created otherwise
 * --if-empty               demo accounts only when the database has no user yet (used by npm start)
 * Always loads the built-in question bank from content/questions.
 */
import { parseArgs } from "node:util";
import { countUsers } from "../lib/db/queries/users";
import { BankError, loadBank } from "../lib/exams/bank";
import { syncBuiltinBank } from "../lib/exams/sync-bank";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "../lib/seed/demo";
import { openAppDatabase } from "./cli-db";

const { values } = parseArgs({ options: { demo: { type: "boolean" }, "if-empty": { type: "boolean" } } });
const handle = await openAppDatabase().catch((error: Error) => {
  console.error(`error: ${error.message}`);
  process.exit(1);
});
try {
  try {
    const report = await syncBuiltinBank(handle.db, loadBank());
    console.log(
      `Question bank: ${report.inserted} added, ${report.updated} updated, ${report.unchanged} unchanged, ${report.retired} retired; ${report.scenarios} scenarios.`,
    );
  } catch (error) {
    if (error instanceof BankError) {
      console.error(`error: the question bank is invalid: ${error.message}`);
      process.exitCode = 1;
    } else throw error;
  }
  if (handle.driver === "pg" && !values.demo) {
    console.log("Database migrated. On a PostgreSQL server demo accounts are created only with --demo.");
    console.log("Create the first administrator with: npm run user:create -- --role admin --email you@example.org --name 'Your Name'");
  } else if (values["if-empty"] && (await countUsers(handle.db)) > 0) {
    console.log("Database already has accounts; demo data left as it is.");
  } else {
    const created = await seedDemo(handle.db);
    console.log(created.length ? `Demo accounts created (password "${DEMO_PASSWORD}"):` : "Demo accounts already present:");
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(10)} ${a.email}`);
  }
} finally {
  await handle.close();
}
