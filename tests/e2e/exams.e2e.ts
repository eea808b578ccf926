import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../lib/seed/demo";
import { launch, newPage, screenshot, signIn } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SECRET_FIELDS = ['"rationale"', '"why"', '"answer"', '"key":', '"optional"'];

describe("a CPC-style exam", () => {
  it("is taken end to end: answer, flag, strike out, reload and resume, review, submit, results", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "student@demo.codecert.dev", DEMO_PASSWORD);
    await page.goto("/exams");
    await screenshot(page, "exams-home");
    await Promise.all([page.waitForURL(/\/exams\/[0-9a-f-]{36}$/), page.getByRole("button", { name: "Start CPC-style exam" }).click()]);
    const examUrl = page.url();
    const navigator = page.getByTestId("navigator");
    await expect(navigator.getByRole("button").count()).resolves.toBe(100);
    await page.getByText("Question 1 of 100").waitFor();

    // The HTML and data of the open exam carry no keys or rationales.
    const html = await (await context.request.get(examUrl)).text();
    for (const field of SECRET_FIELDS) expect(html, field).not.toContain(field);

    // Q1: click an option. Q2: keyboard choice and flag. Q3: strike out an option.
    await page.getByTestId("option-a").click();
    await page.getByText("All answers saved").waitFor();
    await page.keyboard.press("n");
    await page.getByText("Question 2 of 100").waitFor();
    await page.keyboard.press("b");
    await page.keyboard.press("f");
    await page.getByRole("button", { name: "⚑ Flagged" }).waitFor();
    await page.getByRole("button", { name: "Next →" }).click();
    await page.getByRole("button", { name: "Strike out option C" }).click();
    await page.getByTestId("option-d").click();
    await page.getByText("All answers saved").waitFor();
    await screenshot(page, "exam-item");

    // Reload: the same answers, flag, strike-out and position come back from the server.
    await page.reload();
    await page.getByText("Question 3 of 100").waitFor();
    await expect(page.getByRole("button", { name: "Restore option C" }).getAttribute("aria-pressed")).resolves.toBe("true");
    await expect(navigator.getByRole("button", { name: "Question 1, answered" }).count()).resolves.toBe(1);
    await expect(navigator.getByRole("button", { name: "Question 2, answered, flagged" }).count()).resolves.toBe(1);
    await navigator.getByRole("button", { name: /^Question 2,/ }).click();
    await expect(page.getByRole("radio", { name: /B/ }).first().isChecked()).resolves.toBe(true);

    // A second device sees the same state.
    const other = await newPage(browser, { width: 820, height: 1180 });
    await signIn(other.page, "student@demo.codecert.dev", DEMO_PASSWORD);
    await other.page.goto(examUrl);
    await expect(other.page.getByTestId("navigator").getByRole("button", { name: "Question 2, answered, flagged" }).count()).resolves.toBe(1);
    await screenshot(other.page, "exam-tablet");
    await other.context.close();

    // Review and submit.
    await page.keyboard.press("r");
    await page.getByRole("heading", { name: "Review your answers" }).waitFor();
    await screenshot(page, "exam-review");
    await page.getByRole("button", { name: "Submit exam" }).click();
    await page.getByRole("dialog").getByText("97 questions are unanswered").waitFor();
    await Promise.all([page.waitForURL(/\/results$/), page.getByRole("dialog").getByRole("button", { name: "Submit exam" }).click()]);
    await page.getByTestId("score").waitFor();
    await expect(page.getByTestId("verdict").textContent()).resolves.toContain("Below the pass mark of 70%");
    await expect(page.getByTestId("domain-scores").locator("li").count()).resolves.toBeGreaterThan(10);
    await page.getByRole("heading", { name: "What to study next" }).waitFor();
    await expect(page.getByText("Your answer:").count()).resolves.toBe(100);
    await screenshot(page, "exam-results", false);
    await page.locator("#q1").scrollIntoViewIfNeeded();
    await screenshot(page, "exam-results-item", false);

    // The exam page now leads to the results; answers are refused.
    await page.goto(examUrl);
    expect(page.url()).toMatch(/\/results$/);
    const id = examUrl.split("/").at(-1);
    const refused = await context.request.put(`/api/v1/attempts/${id}/answers`, {
      data: { position: 0, response: { kind: "single", choice: "b" }, flagged: false, struck: [], timeSpentMs: 1, revision: 99 },
    });
    expect(refused.status()).toBe(410);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain("submitted");
    const again = await context.request.post(`/api/v1/attempts/${id}/submit`);
    expect(again.status()).toBe(200);

    await page.goto("/exams");
    await page.getByTestId("domain-chart").waitFor();
    await screenshot(page, "exams-history");
    await context.close();
  });

  it("refuses malformed answers with a 400 and other students' attempts with a 404", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "student@demo.codecert.dev", DEMO_PASSWORD);
    await page.goto("/exams");
    await Promise.all([page.waitForURL(/\/exams\/[0-9a-f-]{36}$/), page.getByRole("button", { name: "Start CCS-style exam" }).click()]);
    const id = page.url().split("/").at(-1);
    const bad = await context.request.put(`/api/v1/attempts/${id}/answers`, { data: { position: "first", revision: 1 } });
    expect(bad.status()).toBe(400);
    const notJson = await context.request.put(`/api/v1/attempts/${id}/answers`, { data: "{oops", headers: { "content-type": "application/json" } });
    expect(notJson.status()).toBe(400);
    const tooBig = await context.request.put(`/api/v1/attempts/${id}/answers`, { data: "x".repeat(300_000), headers: { "content-type": "application/json" } });
    expect(tooBig.status()).toBe(413);

    const intruder = await newPage(browser);
    await signIn(intruder.page, "admin@demo.codecert.dev", DEMO_PASSWORD);
    const foreign = await intruder.context.request.put(`/api/v1/attempts/${id}/answers`, {
      data: { position: 0, response: null, flagged: false, struck: [], timeSpentMs: 0, revision: 1 },
    });
    expect(foreign.status()).toBe(404);
    const page404 = await intruder.page.goto(`/exams/${id}`);
    expect(page404?.status()).toBe(404);
    await intruder.context.close();
    const anonymous = await browser.newContext({ baseURL: page.url().split("/exams")[0] });
    const anon = await anonymous.request.put(`/api/v1/attempts/${id}/answers`, { data: { position: 0, response: null, revision: 1 } });
    expect(anon.status()).toBe(401);
    await anonymous.close();
    await context.close();
  });
});

describe("a coding-case quiz", () => {
  it("takes codes with modifiers and units and explains every line with the validator's findings", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "student@demo.codecert.dev", DEMO_PASSWORD);
    await page.goto("/exams");
    await page.getByRole("checkbox", { name: /^ICD-10-CM \d+$/ }).check();
    await page.getByLabel("Items").fill("3");
    await page.getByLabel("Minutes").fill("20");
    await page.getByLabel("Coding cases").selectOption("only");
    await Promise.all([page.waitForURL(/\/exams\/[0-9a-f-]{36}$/), page.getByRole("button", { name: "Start quiz" }).click()]);
    await page.getByText("coding case").first().waitFor();
    const first = page.locator("#dx-0");
    await first.fill("E11");
    await page.locator("#dx-1").fill("E11.9");
    await page.getByText("All answers saved").waitFor();
    await screenshot(page, "case-entry");
    await page.keyboard.press("Tab");
    await page.getByRole("button", { name: "Review and submit" }).click();
    await page.getByRole("button", { name: "Submit exam" }).click();
    await Promise.all([page.waitForURL(/\/results$/), page.getByRole("dialog").getByRole("button", { name: "Submit exam" }).click()]);
    await page.getByText("icd10cm.not-billable").first().waitFor();
    await expect(page.getByText("You entered").count()).resolves.toBeGreaterThan(0);
    await page.getByText("icd10cm.not-billable").first().scrollIntoViewIfNeeded();
    await screenshot(page, "case-feedback", false);
    await context.close();
  });
});

describe("an abandoned quiz", () => {
  it("warns before the end and is submitted by the server at its deadline with the browser closed", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "instructor@demo.codecert.dev", DEMO_PASSWORD);
    await page.goto("/exams");
    await page.getByLabel("Evaluation and management").check();
    await page.getByLabel("Items").fill("3");
    await page.getByLabel("Minutes").fill("1");
    await Promise.all([page.waitForURL(/\/exams\/[0-9a-f-]{36}$/), page.getByRole("button", { name: "Start quiz" }).click()]);
    await page.getByText("Less than 5 minutes left").waitFor();
    await page.getByTestId("option-a").click();
    await page.getByText("All answers saved").waitFor();
    await screenshot(page, "quiz-warning");
    const id = page.url().split("/").at(-1);
    await page.close();

    await new Promise((r) => setTimeout(r, 70_000));
    const page2 = await context.newPage();
    await page2.goto("/exams");
    const row = page2.getByRole("row").filter({ hasText: "time ran out" });
    await expect(row.count()).resolves.toBe(1);
    const result = await page2.goto(`/exams/${id}/results`);
    expect(result?.status()).toBe(200);
    await page2.getByText("time ran out, so it was submitted automatically").waitFor();
    await context.close();
  });
});
