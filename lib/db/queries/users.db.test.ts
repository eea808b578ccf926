import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../tests/support/test-db";
import { authenticate, registerUser } from "../../auth/service";
import { seedDemo, DEMO_PASSWORD } from "../../seed/demo";
import type { DatabaseHandle } from "../connection";
import { checkThrottle, THROTTLE } from "./throttle";
import { countUsers, createUser, findUserByEmail, organizationsOf } from "./users";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe(`accounts (${process.env.TEST_DB_DRIVER ?? "pglite"})`, () => {
  it("registers a student with a hashed password and finds them by email in any case", async () => {
    const result = await registerUser(handle.db, { name: "Ana", email: "Ana@Example.org", password: "correct horse battery", role: "student" });
    expect(result.ok).toBe(true);
    const user = await findUserByEmail(handle.db, "ANA@example.ORG");
    expect(user?.role).toBe("student");
    expect(user?.passwordHash).toMatch(/^scrypt\$/);
    expect(user?.passwordHash).not.toContain("correct horse");
  });

  it("refuses a taken email, a weak password or a malformed email and creates nothing", async () => {
    const before = await countUsers(handle.db);
    const taken = await registerUser(handle.db, { name: "Ana 2", email: "ana@example.org", password: "another fine passphrase" });
    expect(taken).toEqual({ ok: false, errors: { email: expect.stringContaining("already exists") } });
    const weak = await registerUser(handle.db, { name: "Bo", email: "bo@example.org", password: "short" });
    expect(weak.ok).toBe(false);
    if (!weak.ok) expect(weak.errors.password).toBe("Use at least 10 characters.");
    const empty = await registerUser(handle.db, { name: "Bo", email: "bo@example.org", password: "" });
    if (!empty.ok) expect(empty.errors.password).toBe("Enter a password.");
    const malformed = await registerUser(handle.db, { name: "Cy", email: "cy-at-example", password: "a perfectly good one" });
    if (!malformed.ok) expect(malformed.errors.email).toContain("valid email");
    expect(await countUsers(handle.db)).toBe(before);
  });

  it("creates an instructor's school in the same transaction and makes them its owner", async () => {
    const result = await registerUser(handle.db, {
      name: "Ike",
      email: "ike@school.example",
      password: "teaching coders daily",
      role: "instructor",
      organization: "Hilltop College",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const orgs = await organizationsOf(handle.db, result.user.id);
    expect(orgs).toEqual([expect.objectContaining({ name: "Hilltop College", kind: "school", role: "owner" })]);
  });

  it("never lets a sign-up choose the admin role", async () => {
    const result = await registerUser(handle.db, { name: "Eve", email: "eve@example.org", password: "let me be the admin", role: "admin" });
    expect(result.ok).toBe(false);
  });

  it("rejects a concurrent duplicate sign-up on the unique index", async () => {
    const make = () =>
      createUser(handle.db, { email: "race@example.org", name: "Race", passwordHash: "scrypt$x", role: "student" }).then(
        () => "ok",
        (e: Error) => e.message,
      );
    const results = await Promise.all([make(), make()]);
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
  });
});

describe(`sign-in (${process.env.TEST_DB_DRIVER ?? "pglite"})`, () => {
  it("accepts the right password and gives the same answer for a wrong password and an unknown email", async () => {
    await seedDemo(handle.db);
    const ok = await authenticate(handle.db, { email: "student@demo.codecert.dev", password: DEMO_PASSWORD });
    expect(ok).toMatchObject({ ok: true, user: { role: "student" } });
    expect(await authenticate(handle.db, { email: "student@demo.codecert.dev", password: "nope-nope-nope" })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(handle.db, { email: "nobody@demo.codecert.dev", password: "nope-nope-nope" })).toEqual({ ok: false, reason: "invalid" });
  });

  it("slows repeated failures for one account, even with the right password, then lets it in after the lock", async () => {
    const email = "instructor@demo.codecert.dev";
    for (let i = 0; i < THROTTLE.maxFailures; i++) {
      expect(await authenticate(handle.db, { email, password: `wrong-${i}-password`, ip: "203.0.113.9" })).toEqual({ ok: false, reason: "invalid" });
    }
    const locked = await authenticate(handle.db, { email, password: DEMO_PASSWORD, ip: "198.51.100.1" });
    expect(locked.ok).toBe(false);
    if (!locked.ok) expect(locked.reason).toBe("rate_limited");
    // Once the lock has passed, the right password works again.
    const later = new Date(Date.now() + THROTTLE.maxLockMs + 1000);
    expect(await checkThrottle(handle.db, [`email:${email}`], later)).toEqual({ locked: false, retryAfterMs: 0 });
    // Another account is not affected by this one's lock (a different client address).
    expect((await authenticate(handle.db, { email: "employer@demo.codecert.dev", password: DEMO_PASSWORD, ip: "198.51.100.2" })).ok).toBe(true);
  });

  it("slows one client address that tries many accounts", async () => {
    for (let i = 0; i < THROTTLE.maxFailures; i++) {
      await authenticate(handle.db, { email: `spray-${i}@example.org`, password: "guess-guess-guess", ip: "192.0.2.77" });
    }
    const result = await authenticate(handle.db, { email: "admin@demo.codecert.dev", password: DEMO_PASSWORD, ip: "192.0.2.77" });
    expect(result).toMatchObject({ ok: false, reason: "rate_limited" });
  });

  it("seeds the demo data only once", async () => {
    const again = await seedDemo(handle.db);
    expect(again).toEqual([]);
  });
});
