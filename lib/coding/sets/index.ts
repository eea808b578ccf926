/** In-memory code sets and edit tables, each built from the plain data of data.ts or from parts opened in place. */
export { createIcd10CmSet, openIcd10CmSet, type CmNoteSource, type Icd10CmParts } from "./icd10cm";
export { createIcd10PcsSet, openIcd10PcsSet, type Icd10PcsParts, type PcsTableSource } from "./icd10pcs";
export { createHcpcsSet, openHcpcsSet, type HcpcsParts } from "./hcpcs";
export { createCptSet, openCptSet, type CptParts } from "./cpt";
export { createPtpTable, createMueTable, createMceLists } from "./edits";
export { ArrayText, BitColumn, CodeIndex, nullableAt, type StoredText, type TextColumn } from "./columns";
