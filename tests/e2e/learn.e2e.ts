import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadLessons, type Lesson } from "../../lib/learn/lessons";
import { BASE_URL, launch, newPage, screenshot } from "./support/browser";

let browser: Browser;
let context: BrowserContext;
let page: Page;
const email = `learner-${Date.now()}@example.org`;
const password = "a long enough passphrase";

const lessons = loadLessons();
const firstPcs = lessons.find((l) => l.track === "icd10pcs" && l.order === 1) as Lesson;

beforeAll(async () => {
  browser = await launch();
  ({ context, page } = await newPage(browser));
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** The page has no horizontal scroll bar. */
async function noOverflow(p: Page): Promise<boolean> {
  return p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}

describe("a new student in Learn", () => {
  it("signs up and sees the tracks with no progress yet", async () => {
    await page.goto("/sign-up");
    await page.getByLabel("Full name").fill("Lee Learner");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await Promise.all([page.waitForURL("**/learn"), page.getByRole("button", { name: "Create account" }).click()]);
    await expect(page.getByRole("heading", { level: 1, name: "Learn" }).count()).resolves.toBe(1);
    await expect(page.getByTestId("overall-progress").textContent()).resolves.toMatch(/^0\s*\/\s*\d+ lessons/);
    await expect(page.getByRole("link", { name: /ICD-10-PCS/ }).count()).resolves.toBeGreaterThan(0);
    await screenshot(page, "learn-overview");
  });

  it("opens a track and a lesson whose codes link to the code browser", async () => {
    expect(firstPcs, "the ICD-10-PCS track has a first lesson").toBeTruthy();
    await page.getByRole("link", { name: /^ICD-10-PCS/ }).first().click();
    await page.waitForURL("**/learn/icd10pcs");
    await expect(page.getByTestId("track-progress").textContent()).resolves.toContain("0 of");
    await screenshot(page, "learn-track");
    await page.getByRole("link", { name: new RegExp(firstPcs.title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).first().click();
    await page.waitForURL(`**/learn/icd10pcs/${firstPcs.slug}`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(firstPcs.title);
    await expect(page.getByRole("heading", { name: "In this lesson you will" }).count()).resolves.toBe(1);
    const codeLink = page.locator('a.code-link[href="/learn/codes/icd10pcs/0DTJ4ZZ"]').first();
    await expect(codeLink.count()).resolves.toBe(1);
    await expect(page.locator("aside.callout").count()).resolves.toBeGreaterThan(0);
    await screenshot(page, "learn-lesson");
  });

  it("answers the check, is scored by the server, and marks the lesson complete; both survive a reload", async () => {
    const check = page.getByTestId("lesson-check");
    await check.getByRole("button", { name: "Check answers" }).click();
    await expect(check.getByTestId("check-score").textContent()).resolves.toContain("first");
    for (const [i, q] of firstPcs.check.entries()) {
      const group = check.getByRole("group", { name: new RegExp(q.question.slice(0, 25).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
      // One wrong answer on the first question, to see the feedback.
      const choice = i === 0 ? (q.answer + 1) % 4 : q.answer;
      await group.getByRole("radio").nth(choice).check();
    }
    await check.getByRole("button", { name: "Check answers" }).click();
    const total = firstPcs.check.length;
    await check.getByText(`${total - 1} of ${total} correct`).waitFor();
    await expect(check.getByText("Not quite.").count()).resolves.toBe(1);
    await check.getByRole("group").first().getByRole("radio").nth(firstPcs.check[0]?.answer ?? 0).check();
    await check.getByRole("button", { name: "Check answers" }).click();
    await check.getByText(`${total} of ${total} correct`).waitFor();
    await screenshot(page, "learn-lesson-check");
    await page.getByRole("button", { name: "Mark lesson complete" }).click();
    await page.getByText(/Completed on/).waitFor();

    await page.reload();
    await page.getByTestId("lesson-check").getByText(`${total} of ${total} correct`).waitFor();
    await expect(page.getByText(/Completed on/).count()).resolves.toBe(1);
    await page.goto("/learn/icd10pcs");
    await expect(page.getByTestId("track-progress").textContent()).resolves.toContain("1 of");
    await page.goto("/learn");
    await expect(page.getByTestId("overall-progress").textContent()).resolves.toMatch(/^1\s*\//);
  });

  it("reads well on a phone", async () => {
    const phone = await newPage(browser, { width: 390, height: 844 });
    await phone.page.goto("/sign-in");
    await phone.page.getByLabel("Email").fill(email);
    await phone.page.getByLabel("Password").fill(password);
    await Promise.all([phone.page.waitForURL((u) => !u.pathname.startsWith("/sign-in")), phone.page.getByRole("button", { name: "Sign in" }).click()]);
    await phone.page.goto(`/learn/icd10pcs/${firstPcs.slug}`);
    expect(await noOverflow(phone.page)).toBe(true);
    await screenshot(phone.page, "learn-lesson-mobile");
    await phone.page.goto("/learn/pcs?code=0DT");
    expect(await noOverflow(phone.page)).toBe(true);
    await screenshot(phone.page, "learn-pcs-mobile");
    await phone.context.close();
  });
});

describe("the code browser", () => {
  it("searches as the student types, moves with the arrow keys and opens a code with Enter", async () => {
    await page.goto("/learn/codes");
    const box = page.getByRole("combobox", { name: "Search codes" });
    await box.focus();
    await page.keyboard.type("diabetis", { delay: 60 });
    const list = page.getByRole("listbox", { name: "Matching codes" });
    await list.getByRole("option").first().waitFor();
    expect(await list.getByRole("option").count()).toBeGreaterThan(1);
    await expect(page.getByTestId("search-status").textContent()).resolves.toMatch(/results? for “diabetis”/);
    await page.keyboard.press("ArrowDown");
    const selected = list.locator('[aria-selected="true"]');
    await expect(selected.getAttribute("data-index")).resolves.toBe("1");
    await screenshot(page, "learn-codes-search");

    await box.fill("");
    await page.keyboard.type("E11.9", { delay: 40 });
    const first = list.getByRole("option").first();
    await first.getByText("E11.9", { exact: true }).waitFor();
    await expect(first.textContent()).resolves.toContain("Exact code");
    await expect(first.textContent()).resolves.toContain("Billable");
    await Promise.all([page.waitForURL("**/learn/codes/icd10cm/E119"), page.keyboard.press("Enter")]);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("E11.9");
    await page.getByText("Type 2 diabetes mellitus without complications").first().waitFor();
    await expect(page.getByRole("list", { name: "Hierarchy" }).textContent()).resolves.toContain("E11");
    await expect(page.getByTestId("code-set").textContent()).resolves.toContain("ICD-10-CM");
    await screenshot(page, "learn-code-page");
  });

  it("hides titles in book mode until the student opens the Tabular entry", async () => {
    await page.goto("/learn/codes");
    await page.getByRole("switch", { name: /Book mode/ }).click();
    const box = page.getByRole("combobox", { name: "Search codes" });
    await box.fill("0DTJ4ZZ");
    const first = page.getByRole("listbox", { name: "Matching codes" }).getByRole("option").first();
    await first.getByText("Title hidden in book mode").waitFor();
    await screenshot(page, "learn-codes-book-mode");
    await Promise.all([page.waitForURL("**/learn/codes/icd10pcs/0DTJ4ZZ?book=1"), first.click()]);
    await expect(page.getByText("Resection of Appendix, Percutaneous Endoscopic Approach").count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Open the Tabular entry" }).click();
    await page.getByText("Resection of Appendix, Percutaneous Endoscopic Approach").first().waitFor();
    await page.goto("/learn/codes");
    await page.getByRole("switch", { name: /Book mode/ }).click();
    await expect(page.getByRole("switch", { name: /Book mode/ }).getAttribute("aria-checked")).resolves.toBe("false");
  });

  it("answers the search API only for signed-in users, and rejects a bad system", async () => {
    const anonymous = await fetch(`${BASE_URL}/api/v1/search?q=E11`);
    expect(anonymous.status).toBe(401);
    const bad = await page.request.get("/api/v1/search?q=E11&system=icd9");
    expect(bad.status()).toBe(400);
    const good = await page.request.get("/api/v1/search?q=0DTJ4ZZ&system=icd10pcs");
    const body = (await good.json()) as { hits: { code: string; match: string }[]; teachingOnly: boolean };
    expect(body.hits[0]).toMatchObject({ code: "0DTJ4ZZ", match: "exact" });
  });
});

describe("the PCS table builder", () => {
  it("builds 0DTJ4ZZ one valid character at a time, by keyboard and by clicking", async () => {
    await page.goto("/learn/pcs");
    await page.getByRole("heading", { name: "Character 1: Section" }).waitFor();
    await page.keyboard.press("0");
    await page.getByRole("heading", { name: /Character 2/ }).waitFor();
    await page.keyboard.press("d");
    await page.getByRole("heading", { name: /Character 3/ }).waitFor();
    await page.getByRole("link", { name: /Resection/ }).click();
    await page.getByRole("heading", { name: "Character 4: Body Part" }).waitFor();
    await page.getByRole("link", { name: /^J\s*Appendix$/ }).click();
    await page.getByRole("heading", { name: "Character 5: Approach" }).waitFor();
    // Only the approaches of rows that hold the appendix are offered.
    const approaches = await page.getByRole("list", { name: "Values for Approach" }).getByRole("listitem").allTextContents();
    expect(approaches.length).toBeGreaterThan(0);
    await screenshot(page, "learn-pcs-step");
    await page.getByRole("link", { name: /^4\s*Percutaneous Endoscopic$/ }).click();
    await page.getByRole("heading", { name: /Character 6/ }).waitFor();
    await page.getByRole("link", { name: /^Z\s*No Device$/ }).click();
    await page.getByRole("heading", { name: /Character 7/ }).waitFor();
    await page.getByRole("link", { name: /^Z\s*No Qualifier$/ }).click();
    const done = page.getByTestId("pcs-complete");
    await done.waitFor();
    await expect(done.textContent()).resolves.toContain("0DTJ4ZZ");
    await expect(done.textContent()).resolves.toContain("Resection of Appendix, Percutaneous Endoscopic Approach");
    expect(new URL(page.url()).searchParams.get("code")).toBe("0DTJ4ZZ");
    await screenshot(page, "learn-pcs-complete");
  });

  it("refuses a value no row allows and offers the valid ones", async () => {
    await page.goto("/learn/pcs?code=0DTJ9");
    await page.getByRole("alert").getByText("No row of the tables allows").waitFor();
    await page.getByRole("heading", { name: "Character 5: Approach" }).waitFor();
  });
});

describe("flashcard drills", () => {
  it("reviews cards with the keyboard and keeps the count after a reload", async () => {
    await page.goto("/learn/drills");
    const session = page.getByTestId("review-session");
    await session.waitFor();
    await screenshot(page, "learn-drills-front");
    for (let i = 0; i < 3; i++) {
      const front = await page.getByTestId("card-front").textContent();
      await page.keyboard.press("Space");
      await page.getByTestId("card-back").waitFor();
      if (i === 0) await screenshot(page, "learn-drills-back");
      await page.keyboard.press(i === 1 ? "1" : "3");
      await page.waitForFunction((prev) => document.querySelector('[data-testid="card-front"]')?.textContent !== prev, front);
    }
    await page.reload();
    await expect(page.getByTestId("drill-stats").textContent()).resolves.toContain("3 reviewed today");
    await screenshot(page, "learn-drills-stats");
  });

  it("filters by deck", async () => {
    await page.goto("/learn/drills?deck=root-operations");
    await page.getByTestId("card-front").waitFor();
    await expect(page.locator('nav[aria-label="Decks"] [aria-current="page"]').textContent()).resolves.toContain("PCS root operations");
  });
});
