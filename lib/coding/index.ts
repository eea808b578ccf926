/**
 * The code-validation core of Codecert: code sets by date, the claim scrubber rules, case scoring.
 * Pure TypeScript; no Next.js and no database. Every function here returns data and never throws
 * for bad input: problems come back as findings with stable rule ids (see rules/README.md).
 *
 *   const library = teachingLibrary();                      // or loadLibrary() from ./snapshot/load
 *   validateCode("E11", { date: "2026-03-01" }, library);   // icd10cm.not-billable
 *   validateClaim({ diagnoses: [{ code: "E11.9" }] }, { date: "2026-03-01" }, library);
 *   scoreCase(response, key, library);
 */
export type * from "./types";
export type * from "./data";
export type * from "./claim-types";

export { createLibrary, isIsoDate, isLoadedLibrary, releaseMayBeOutdated, type LoadedLibrary, type PreparedSet } from "./library";
export { createCptSet, createHcpcsSet, createIcd10CmSet, createIcd10PcsSet, createMceLists, createMueTable, createPtpTable } from "./sets";
export { validateClaim, validateCode } from "./validate";
export { scoreCase, checkKey, PARTIAL_CREDIT, PRINCIPAL_OUT_OF_ORDER_CREDIT } from "./score";
export { lookupCode, type CodeInfo, type CodeRef, type InheritedNote } from "./lookup";
export { canonicalize, canonicalModifier, displayCode, readCode, type CodeInput } from "./normalize";
export {
  checkCptFormat,
  checkHcpcsFormat,
  checkIcd10CmFormat,
  checkModifierFormat,
  checkPcsFormat,
  cptCategoryOf,
  shapeSystems,
} from "./format";
export { cmOrderKey, compareCmCodes, formatRange, inAnyRange, inRange } from "./ranges";
export { RULES, ruleIds, type RuleId, type RuleInfo } from "./rules/registry";
export { NCCI_ASSOCIATED_MODIFIERS } from "./rules/modifiers";
export { teachingLibrary, teachingSets, TEACHING_EFFECTIVE_FROM, TEACHING_EFFECTIVE_TO, TEACHING_SAMPLE_DATE } from "./teaching";
export { benchValidateClaim, benchValidateCode, runCoreBench, type BenchFigure } from "./bench-core";
