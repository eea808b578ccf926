/** In-memory code sets and edit tables, each built from the plain data of data.ts. */
export { createIcd10CmSet } from "./icd10cm";
export { createIcd10PcsSet } from "./icd10pcs";
export { createHcpcsSet } from "./hcpcs";
export { createCptSet } from "./cpt";
export { createPtpTable, createMueTable, createMceLists } from "./edits";
