import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/seed/demo";
import { AREAS, canAccess, type Area } from "../../lib/auth/roles";
import { BASE_URL, launch, newPage, screenshot, signIn } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("the landing page", () => {
  it("says what Codecert is and offers sign-up and sign-in", async () => {
    const { context, page } = await newPage(browser);
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("CPC or CCS");
    expect(await page.getByRole("link", { name: "Create account" }).count()).toBeGreaterThan(0);
    await screenshot(page, "landing");
    await context.close();
  });

  it("is usable on a phone-sized screen", async () => {
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    await page.goto("/");
    await screenshot(page, "landing-mobile");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    expect(overflow).toBe(false);
    await context.close();
  });
});

describe.each(DEMO_ACCOUNTS)("the demo $role", (account) => {
  it("signs in, sees the navigation of the role and is refused the other roles' pages", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, account.email, DEMO_PASSWORD);
    await expect(page.getByTestId("role-badge").textContent()).resolves.toBeTruthy();
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const area of Object.keys(AREAS) as Area[]) {
      const link = nav.getByRole("link", { name: AREAS[area].label, exact: true });
      expect(await link.count(), `${account.role} nav: ${area}`).toBe(canAccess(account.role, area) ? 1 : 0);
    }
    await screenshot(page, `home-${account.role}`);
    for (const area of Object.keys(AREAS) as Area[]) {
      const response = await page.goto(AREAS[area].href);
      if (canAccess(account.role, area)) {
        expect(response?.status(), `${account.role} -> ${area}`).toBe(200);
        expect(await page.getByRole("heading", { level: 1 }).first().textContent()).toBeTruthy();
      } else {
        expect(response?.status(), `${account.role} -> ${area}`).toBe(403);
        await expect(page.getByText("This page isn't part of your role").count()).resolves.toBe(1);
      }
    }
    await page.goto("/account");
    await expect(page.getByText(account.email).count()).resolves.toBeGreaterThan(0);
    await context.close();
  });
});

describe("sign-up", () => {
  it("creates a student account and lands on Learn", async () => {
    const { context, page } = await newPage(browser);
    await page.goto("/sign-up");
    const email = `new-student-${Date.now()}@example.org`;
    await page.getByLabel("Full name").fill("Sam New");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a long enough passphrase");
    await Promise.all([page.waitForURL("**/learn"), page.getByRole("button", { name: "Create account" }).click()]);
    await expect(page.getByTestId("role-badge").textContent()).resolves.toBe("Student");
    await context.close();
  });

  it("shows clear messages for a taken email, a weak password and a malformed email", async () => {
    const { context, page } = await newPage(browser);
    await page.goto("/sign-up");
    await page.getByLabel("Full name").fill("Someone");
    await page.getByLabel("Email").fill("student@demo.codecert.dev");
    await page.getByLabel("Password").fill("another good passphrase");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText("An account with that email already exists").waitFor();
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText("Enter a valid email address").waitFor();
    await page.getByText("Use at least 10 characters.").waitFor();
    await screenshot(page, "sign-up-errors");
    await context.close();
  });

  it("asks an instructor for their school", async () => {
    const { context, page } = await newPage(browser);
    await page.goto("/sign-up");
    await page.getByText("Instructor", { exact: true }).click();
    await page.getByLabel("Full name").fill("Ina Teacher");
    await page.getByLabel("Email").fill(`teacher-${Date.now()}@example.org`);
    await page.getByLabel("Password").fill("teaching is a long game");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText("Enter your school or programme's name.").waitFor();
    await page.getByLabel("School or programme").fill("Lakeside College");
    await page.getByLabel("Password").fill("teaching is a long game");
    await Promise.all([page.waitForURL("**/classes"), page.getByRole("button", { name: "Create account" }).click()]);
    await context.close();
  });
});

describe("sign-in", () => {
  it("gives a generic message for a wrong password and sends signed-out visitors to sign in", async () => {
    const { context, page } = await newPage(browser);
    const response = await page.goto("/exams");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect(response?.status()).toBe(200);
    await page.getByLabel("Email").fill("employer@demo.codecert.dev");
    await page.getByLabel("Password").fill("wrong password here");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("That email and password don't match an account.").waitFor();
    await screenshot(page, "sign-in-error");
    await context.close();
  });

  it("signs out", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "student@demo.codecert.dev", DEMO_PASSWORD);
    await Promise.all([page.waitForURL(BASE_URL + "/"), page.getByRole("button", { name: "Sign out" }).click()]);
    const response = await page.goto("/learn");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect(response?.ok()).toBe(true);
    await context.close();
  });
});
