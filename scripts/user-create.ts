/**
 * npm run user:create -- --role admin --email you@example.org --name "Your Name" [--password-stdin]
 * Without --password-stdin a strong random password is generated and printed once.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { hashPassword, passwordProblem } from "../lib/auth/password";
import { createUser } from "../lib/db/queries/users";
import { ROLES, type Role } from "../lib/db/schema";
import { isAppError } from "../lib/errors";
import { emailSchema } from "../lib/validations/auth";
import { fail, openAppDatabase } from "./cli-db";

const { values } = parseArgs({
  options: {
    role: { type: "string" },
    email: { type: "string" },
    name: { type: "string" },
    "password-stdin": { type: "boolean" },
  },
});
if (!values.role || !(ROLES as readonly string[]).includes(values.role)) fail(`--role must be one of ${ROLES.join(", ")}`);
const email = emailSchema.safeParse(values.email ?? "");
if (!email.success) fail(`--email: ${email.error.issues[0]?.message ?? "invalid"}`);
if (!values.name?.trim()) fail("--name is required");

let password: string;
let generated = false;
if (values["password-stdin"]) {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  password = Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
  const problem = passwordProblem(password, email.data);
  if (problem) fail(`password: ${problem}`);
} else {
  password = randomBytes(18).toString("base64url");
  generated = true;
}

const handle = await openAppDatabase().catch((error: Error) => fail(error.message));
try {
  const user = await createUser(handle.db, {
    email: email.data,
    name: values.name.trim(),
    role: values.role as Role,
    passwordHash: await hashPassword(password),
  });
  console.log(`Created ${user.role} ${user.email}.`);
  if (generated) console.log(`Password (shown once; change it after signing in): ${password}`);
} catch (error) {
  if (isAppError(error)) fail(error.message);
  throw error;
} finally {
  await handle.close();
}
