import { describe, expect, it } from "vitest";
import { FIXTURE_DATE, fixtureLibrary } from "../coding/search/__fixtures__/library";
import { codeHref, createCodeLinker, resolveCode } from "./code-links";
import { readLessons } from "./lessons";
import { escapeHtml, renderMarkdown, safeUrl, slugifyHeading } from "./markdown";

const library = fixtureLibrary();
const linkCode = createCodeLinker(library, FIXTURE_DATE);
const render = (md: string) => renderMarkdown(md, { linkCode });

describe("lesson markdown", () => {
  it("gives headings unique ids, demotes a level-1 heading and lists h2/h3 for the contents", () => {
    const r = render("# Title\n\n## Excludes1 vs Excludes2\n\n### Step 1: the *index*\n\n## Excludes1 vs Excludes2\n");
    expect(r.headings).toEqual([
      { id: "title", text: "Title", depth: 2 },
      { id: "excludes1-vs-excludes2", text: "Excludes1 vs Excludes2", depth: 2 },
      { id: "step-1-the-index", text: "Step 1: the index", depth: 3 },
      { id: "excludes1-vs-excludes2-2", text: "Excludes1 vs Excludes2", depth: 2 },
    ]);
    expect(r.html).toContain('<h2 id="excludes1-vs-excludes2"');
    expect(r.html).toContain('<h3 id="step-1-the-index"');
    expect(r.html).not.toContain("<h1");
  });

  it("turns GitHub alerts into tip, warning and note callouts without the marker", () => {
    const r = render("> [!TIP]\n> Read the code **aloud**.\n\n> [!WARNING]\n> Do not mix rows.\n>\n> Second paragraph.\n\n> [!NOTE]\n> A note.\n\n> Just a quote.\n");
    expect(r.html).toContain('class="callout callout-tip');
    expect(r.html).toContain('aria-label="Tip"');
    expect(r.html).toContain('class="callout callout-warning');
    expect(r.html).toContain("Common error");
    expect(r.html).toContain('class="callout callout-note');
    expect(r.html).not.toContain("[!TIP]");
    expect(r.html).not.toContain("[!WARNING]");
    expect(r.html).toContain("Read the code <strong");
    expect(r.html).toContain("Second paragraph.");
    expect(r.html).toContain("<blockquote");
  });

  it("renders an alert whose marker is alone on its line, and one with text on the marker line", () => {
    const alone = render("> [!TIP]\n>\n> Body after a blank line.\n");
    expect(alone.html).toContain("Body after a blank line.");
    expect(alone.html).not.toContain("[!TIP]");
    const inline = render("> [!NOTE] Same line text.\n");
    expect(inline.html).toContain("callout-note");
  });

  it("renders GFM tables in a scrolling wrapper with header cells", () => {
    const r = render("| Code | Meaning |\n|:--|--:|\n| `E11.9` | Type 2 |\n");
    expect(r.html).toContain('<div class="mt-6 overflow-x-auto');
    expect(r.html).toContain('<th scope="col"');
    expect(r.html).toMatch(/<td class="[^"]*text-right">Type 2<\/td>/);
  });

  it("links every inline code of a known system to the code browser, with its title", () => {
    const r = render("Code `E11.9`, category `E11`, `E10.-`, PCS `0DTJ4ZZ`, HCPCS `J1100`, CPT `99213`.");
    expect(r.linkedCodes).toEqual(["E11.9", "E11", "E10.-", "0DTJ4ZZ", "J1100", "99213"]);
    expect(r.html).toContain('<a href="/learn/codes/icd10cm/E119" class="code-link');
    expect(r.html).toContain('title="E11.9 Type 2 diabetes mellitus without complications"');
    expect(r.html).toContain('href="/learn/codes/icd10cm/E10"');
    expect(r.html).toContain('href="/learn/codes/icd10pcs/0DTJ4ZZ"');
    expect(r.html).toContain('href="/learn/codes/hcpcs/J1100"');
    expect(r.html).toContain('href="/learn/codes/cpt/99213"');
  });

  it("links PCS tables and partial codes to the table builder", () => {
    const r = render("Table `0DT`, row `0DTJ`, not `0DTJ9`.");
    expect(r.html).toContain('href="/learn/pcs?code=0DT"');
    expect(r.html).toContain('href="/learn/pcs?code=0DTJ"');
    expect(r.unlinkedCodes).toEqual(["0DTJ9"]);
  });

  it("leaves unknown codes and ordinary code spans unlinked", () => {
    const r = render("`E99.999`, `J9999`, `12011`, `-59`, `npm test`, `E11..9`.");
    expect(r.linkedCodes).toEqual([]);
    expect(r.unlinkedCodes).toEqual(["E99.999", "J9999", "12011", "-59", "npm test", "E11..9"]);
    expect(r.html).not.toContain("<a ");
  });

  it("escapes raw HTML and drops unsafe link and image targets", () => {
    const r = render('Hi <script>alert(1)</script> <img src=x onerror=alert(1)> [bad](javascript:alert(1)) [ok](/learn) ![x](javascript:1) `<b>`\n\n<div onclick="x()">block</div>\n');
    expect(r.html).not.toMatch(/<script|<img src=x|<div onclick|javascript:/);
    expect(r.html).toContain("&lt;script&gt;");
    expect(r.html).toContain('<a href="/learn"');
    expect(r.html).toContain("<code class=\"rounded bg-slate-100 px-1.5 py-0.5 font-mono text-[0.875em] text-slate-800\">&lt;b&gt;</code>");
  });

  it("makes an image alone in a paragraph a figure with a caption, lazily loaded", () => {
    const r = render('![The seven characters of 0DTJ4ZZ](/diagrams/coding-pcs-seven-characters.svg)\n\nText with ![icon](/diagrams/x.svg "t") inline.\n');
    expect(r.html).toContain('<figure class="mt-8"><img src="/diagrams/coding-pcs-seven-characters.svg" alt="The seven characters of 0DTJ4ZZ" loading="lazy"');
    expect(r.html).toContain("<figcaption");
    expect(r.html).toMatch(/<p [^>]*>Text with <img src="\/diagrams\/x.svg"/);
  });

  it("keeps only safe URLs", () => {
    expect(safeUrl("/diagrams/a.svg", "image")).toBe("/diagrams/a.svg");
    expect(safeUrl("//evil.example/x", "link")).toBeNull();
    expect(safeUrl("https://www.cms.gov/", "link")).toBe("https://www.cms.gov/");
    expect(safeUrl("http://x.example", "image")).toBeNull();
    expect(safeUrl("#part", "link")).toBe("#part");
    expect(safeUrl("data:image/png;base64,xx", "image")).toBeNull();
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    expect(slugifyHeading("¿Qué? — 7th characters")).toBe("que-7th-characters");
    expect(slugifyHeading("!!!")).toBe("section");
  });
});

describe("code resolution", () => {
  it("reads dotted codes as ICD-10-CM and a letter with four digits as HCPCS only", () => {
    expect(resolveCode(library, FIXTURE_DATE, "J11.00")?.system).toBe("icd10cm");
    expect(resolveCode(library, FIXTURE_DATE, "J1100")?.system).toBe("hcpcs");
    expect(resolveCode(library, FIXTURE_DATE, "e11.9")).toMatchObject({ system: "icd10cm", code: "E119", display: "E11.9", billable: true });
    expect(resolveCode(library, FIXTURE_DATE, "S72.001A")?.billable).toBe(true);
    expect(resolveCode(library, FIXTURE_DATE, "E1.19")).toBeNull();
    expect(resolveCode(library, FIXTURE_DATE, "")).toBeNull();
    expect(resolveCode(library, "1990-01-01", "E11.9")).toBeNull();
    expect(codeHref("icd10cm", "E119")).toBe("/learn/codes/icd10cm/E119");
  });
});

describe("every lesson", () => {
  it("renders without throwing, with its headings and callouts", () => {
    const { lessons } = readLessons();
    for (const lesson of lessons) {
      const r = render(lesson.body);
      expect(r.html.length, lesson.file).toBeGreaterThan(100);
      expect(r.html, lesson.file).not.toMatch(/\[!(TIP|WARNING|NOTE|IMPORTANT|CAUTION)\]/);
      expect(r.html, lesson.file).not.toMatch(/<script/i);
    }
  });
});
