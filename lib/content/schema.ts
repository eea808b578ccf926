/**
 * Schemas of the files in content/: lessons (Markdown with YAML front matter)
 * and the question bank (YAML). Checked at build and test time.
 */
import { z } from "zod";

/** Exam domains. CPC domains follow AAPC's published sections; CCS domains follow AHIMA's content outline. */
export const CPC_DOMAINS = {
  "cpt-10000": "CPT 10000 series: integumentary system",
  "cpt-20000": "CPT 20000 series: musculoskeletal system",
  "cpt-30000": "CPT 30000 series: respiratory, cardiovascular, hemic and lymphatic",
  "cpt-40000": "CPT 40000 series: digestive system",
  "cpt-50000": "CPT 50000 series: urinary, reproductive, maternity, endocrine",
  "cpt-60000": "CPT 60000 series: nervous system, eye and ear",
  em: "Evaluation and management",
  anesthesia: "Anesthesia",
  radiology: "Radiology",
  "pathology-lab": "Pathology and laboratory",
  medicine: "Medicine",
  terminology: "Medical terminology",
  anatomy: "Anatomy and physiology",
  "icd10cm": "ICD-10-CM",
  hcpcs: "HCPCS Level II",
  guidelines: "Coding guidelines",
  compliance: "Compliance and regulatory",
} as const;

export const CCS_DOMAINS = {
  "ccs-documentation": "Health information documentation",
  "ccs-dx-coding": "Diagnosis coding",
  "ccs-px-coding": "Procedure coding",
  "ccs-regulatory": "Regulatory guidelines and reporting requirements",
  "ccs-reimbursement": "Reimbursement methodologies",
  "ccs-data-quality": "Data quality and management",
  "ccs-compliance": "Privacy, confidentiality, legal and ethical issues",
} as const;

export type CpcDomain = keyof typeof CPC_DOMAINS;
export type CcsDomain = keyof typeof CCS_DOMAINS;
export const DOMAIN_IDS = [...Object.keys(CPC_DOMAINS), ...Object.keys(CCS_DOMAINS)] as [string, ...string[]];
export const domainSchema = z.enum(DOMAIN_IDS);

export const TRACKS = {
  anatomy: "Anatomy and physiology",
  terminology: "Medical terminology",
  icd10cm: "ICD-10-CM",
  icd10pcs: "ICD-10-PCS",
  cpt: "CPT",
  hcpcs: "HCPCS Level II",
  compliance: "Compliance and reimbursement",
} as const;
export const trackSchema = z.enum(Object.keys(TRACKS) as [keyof typeof TRACKS, ...(keyof typeof TRACKS)[]]);

const checkQuestionSchema = z.object({
  question: z.string().min(10),
  options: z.array(z.string().min(1)).length(4),
  /** index into options, 0-based */
  answer: z.number().int().min(0).max(3),
  rationale: z.string().min(20),
});

export const lessonFrontmatterSchema = z.object({
  title: z.string().min(3),
  /** URL slug; must match the file name without .md */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  track: trackSchema,
  order: z.number().int().min(1),
  summary: z.string().min(20),
  objectives: z.array(z.string().min(5)).min(2),
  minutes: z.number().int().min(3).max(120),
  domains: z.array(domainSchema).min(1),
  check: z.array(checkQuestionSchema).min(3).max(5),
});
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

const optionSchema = z.object({
  id: z.enum(["a", "b", "c", "d", "e", "f"]),
  text: z.string().min(1),
  /** Why this option is right or wrong. */
  why: z.string().min(10),
});

const baseItem = z.object({
  /** Globally unique, stable: "<domain>-<nnn>", e.g. "em-012". */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  domains: z.array(domainSchema).min(1),
  /** Which blueprints may draw the item. */
  exams: z.array(z.enum(["cpc", "ccs"])).min(1),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** Code-set fiscal/calendar year the key is valid for. */
  codeYear: z.number().int().min(2024).max(2030),
  /** Id of a scenario record this item belongs to. */
  scenario: z.string().optional(),
  stem: z.string().min(10),
  /** Overall explanation citing the guideline or convention. */
  rationale: z.string().min(20),
});

export const singleItemSchema = baseItem.extend({
  type: z.literal("single"),
  options: z.array(optionSchema).length(4),
  answer: z.enum(["a", "b", "c", "d"]),
});

export const multipleItemSchema = baseItem.extend({
  type: z.literal("multiple"),
  options: z.array(optionSchema).min(4).max(6),
  answer: z.array(z.enum(["a", "b", "c", "d", "e", "f"])).min(2),
});

const recordSchema = z.object({
  kind: z.enum([
    "progress-note",
    "op-report",
    "discharge-summary",
    "ed-note",
    "consult",
    "radiology-report",
    "pathology-report",
    "anesthesia-record",
    "clinic-note",
  ]),
  title: z.string().min(3),
  /** The synthetic record, Markdown. No real patient data, ever. */
  text: z.string().min(80),
});

export const caseKeySchema = z.object({
  setting: z.enum(["inpatient", "outpatient", "professional"]),
  diagnoses: z.object({
    principal: z.string().min(3),
    required: z.array(z.string()).default([]),
    optional: z.array(z.string()).default([]),
  }),
  procedures: z
    .array(
      z.object({
        code: z.string().min(5),
        modifiers: z.array(z.string().length(2)).default([]),
        units: z.number().int().min(1).default(1),
        optional: z.boolean().default(false),
        principal: z.boolean().default(false),
      }),
    )
    .default([]),
});

export const caseItemSchema = baseItem.extend({
  type: z.literal("case"),
  record: recordSchema.optional(),
  key: caseKeySchema,
});

export const questionItemSchema = z.discriminatedUnion("type", [singleItemSchema, multipleItemSchema, caseItemSchema]);
export type QuestionItem = z.infer<typeof questionItemSchema>;

export const scenarioSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: z.string().min(3),
  record: recordSchema,
});
export type Scenario = z.infer<typeof scenarioSchema>;

/** One YAML file of the bank: optional scenarios, then items. */
export const questionFileSchema = z.object({
  scenarios: z.array(scenarioSchema).default([]),
  items: z.array(questionItemSchema).min(1),
});
export type QuestionFile = z.infer<typeof questionFileSchema>;
