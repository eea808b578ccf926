// The whole schema, one module per domain. drizzle-kit reads this file.
export * from "./schema-core";
export * from "./schema-exams";
export * from "./schema-learn";
