import { openAppDatabase } from "./cli-db";

const handle = await openAppDatabase().catch((error: Error) => {
  console.error(`error: ${error.message}`);
  process.exit(1);
});
console.log(`Migrations applied (${handle.driver}: ${handle.location}).`);
await handle.close();
