import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { importHcpcs } from "../coding/importers/hcpcs";
import { importIcd10Cm } from "../coding/importers/icd10cm";
import { importIcd10Pcs } from "../coding/importers/icd10pcs";
import { createLibrary } from "../coding/library";
import { createCodeLinker } from "./code-links";
import { readLessons } from "./lessons";
import { renderMarkdown } from "./markdown";

const SHARED = "../shared/codesets";
const FILES = {
  cm: `${SHARED}/icd10cm/2026/icd10cm_order_2026.txt.gz`,
  pcsOrder: `${SHARED}/icd10pcs/2026/icd10pcs_order_2026.txt.gz`,
  pcsTables: `${SHARED}/icd10pcs/2026/icd10pcs_tables_2026.xml`,
  hcpcs: `${SHARED}/hcpcs/2025/HCPC2025_OCT_ANWEB.xlsx`,
};
const present = Object.values(FILES).every((f) => fs.existsSync(f));

/** Inline code written the way a code of each system is written in the lessons. */
const SHAPES: [string, RegExp][] = [
  ["ICD-10-CM", /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/],
  ["ICD-10-PCS", /^[0-9A-HJ-NP-Z]{7}$/],
  ["HCPCS", /^[A-V][0-9]{4}$/],
];

describe.skipIf(!present)("codes cited in lessons, against the official FY2026 ICD-10-CM and ICD-10-PCS and the October 2025 HCPCS files", () => {
  it("every code-shaped inline code exists (and links to the code browser)", async () => {
    const opts = { version: "FY2026", effectiveFrom: "2025-10-01", source: "official" as const };
    const [cm, pcs, hcpcs] = await Promise.all([
      importIcd10Cm({ order: FILES.cm }, opts),
      importIcd10Pcs({ order: FILES.pcsOrder, tables: FILES.pcsTables }, opts),
      importHcpcs(FILES.hcpcs, { ...opts, version: "2025-10" }),
    ]);
    const library = createLibrary([
      { kind: "icd10cm", data: cm },
      { kind: "icd10pcs", data: pcs },
      { kind: "hcpcs", data: hcpcs },
    ]);
    const linkCode = createCodeLinker(library, "2025-12-01");
    const problems: string[] = [];
    let linked = 0;
    for (const lesson of readLessons().lessons) {
      const r = renderMarkdown(lesson.body, { linkCode });
      linked += r.linkedCodes.length;
      for (const text of r.unlinkedCodes) {
        const shape = SHAPES.find(([, re]) => re.test(text.replace(/\.?-$/, "")));
        // A three-character PCS-looking span such as "0DT" is a table (linked when it exists); CPT numbers cannot be checked without a licensed file.
        if (shape) problems.push(`${lesson.file}: \`${text}\` looks like ${shape[0]} but is not in the official set`);
      }
    }
    console.log(`lesson code links checked against the official files: ${linked} codes linked, ${problems.length} unknown`);
    expect(problems.join("\n"), problems.join("\n")).toBe("");
  }, 120_000);
});
