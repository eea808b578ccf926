import { describe, expect, it } from "vitest";
import { hashPassword, passwordProblem, verifyPassword } from "./password";

describe("password hashing", () => {
  it("verifies the right password and rejects a wrong one", async () => {
    const hash = await hashPassword("open sesame seeds");
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    await expect(verifyPassword("open sesame seeds", hash)).resolves.toBe(true);
    await expect(verifyPassword("open sesame seed", hash)).resolves.toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("same password twice")).not.toBe(await hashPassword("same password twice"));
  });

  it("never matches a malformed or hostile stored hash", async () => {
    for (const stored of ["", "plain", "scrypt$1$1$1$$", "scrypt$99999999$8$1$AAAA$AAAA", "bcrypt$x$y$z$a$b"]) {
      await expect(verifyPassword("anything at all", stored)).resolves.toBe(false);
    }
  });
});

describe("password policy", () => {
  it.each([
    ["", "Enter a password."],
    ["short", "Use at least 10 characters."],
    ["password123", "That password is too common; choose another."],
    ["aaaaaaaaaaaa", "Don't repeat one character."],
  ])("rejects %j", (password, message) => {
    expect(passwordProblem(password)).toBe(message);
  });

  it("rejects a password containing the email's name", () => {
    expect(passwordProblem("maria.lopez-2026!", "maria.lopez@example.org")).toBe("Don't use your email address in your password.");
  });

  it("accepts a long passphrase", () => {
    expect(passwordProblem("correct horse battery staple")).toBeNull();
  });
});
