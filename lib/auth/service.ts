import { z } from "zod";
import type { Db } from "../db/connection";
import { createUser, findUserByEmail } from "../db/queries/users";
import { checkThrottle, clearFailures, recordFailure } from "../db/queries/throttle";
import type { Role, User } from "../db/schema";
import { isAppError } from "../errors";
import { signInSchema, signUpSchema } from "../validations/auth";
import { hashPassword, verifyPassword } from "./password";

export type AuthResult =
  | { ok: true; user: Pick<User, "id" | "email" | "name" | "role"> }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterMs: number };

// Verifying against a fixed hash when the email is unknown keeps the timing of both paths alike.
let dummyHash: Promise<string> | undefined;

function throttleKeys(email: string, ip: string | undefined): string[] {
  const keys = [`email:${email}`];
  if (ip) keys.push(`ip:${ip}`);
  return keys;
}

/** Checks credentials, counting failures per email and per client address. */
export async function authenticate(db: Db, input: { email: unknown; password: unknown; ip?: string }): Promise<AuthResult> {
  const parsed = signInSchema.safeParse({ email: input.email, password: input.password });
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const keys = throttleKeys(email, input.ip);
  const state = await checkThrottle(db, keys);
  if (state.locked) return { ok: false, reason: "rate_limited", retryAfterMs: state.retryAfterMs };

  const user = await findUserByEmail(db, email);
  dummyHash ??= hashPassword("not-a-real-password-for-timing");
  const ok = user ? await verifyPassword(password, user.passwordHash) : (await verifyPassword(password, await dummyHash), false);
  if (!ok || !user) {
    await recordFailure(db, keys);
    return { ok: false, reason: "invalid" };
  }
  await clearFailures(db, [`email:${email}`]);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

export type FieldErrors = Partial<Record<"name" | "email" | "password" | "role" | "organization" | "form", string>>;

export type RegisterResult = { ok: true; user: User } | { ok: false; errors: FieldErrors };

/** Validates a sign-up form and creates the account; nothing is created when any field is wrong. */
export async function registerUser(db: Db, input: unknown): Promise<RegisterResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const [field, messages] of Object.entries(z.flattenError(parsed.error).fieldErrors)) {
      const first = (messages as string[] | undefined)?.[0];
      if (first) errors[field as keyof FieldErrors] = first;
    }
    return { ok: false, errors };
  }
  const { name, email, password, role, organization } = parsed.data;
  try {
    const user = await createUser(db, {
      email,
      name,
      passwordHash: await hashPassword(password),
      role: role as Role,
      organization:
        role === "student" || !organization ? undefined : { name: organization, kind: role === "instructor" ? "school" : "employer" },
    });
    return { ok: true, user };
  } catch (error) {
    if (isAppError(error) && error.code === "conflict") return { ok: false, errors: { email: error.message } };
    throw error;
  }
}
