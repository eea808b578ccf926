import { z } from "zod";

const codeText = z.string().trim().max(16);

/** What a test taker can send for each item type. Anything else is a 400. */
export const responseSchema = z.union([
  z.object({ kind: z.literal("single"), choice: z.enum(["a", "b", "c", "d"]).nullable() }),
  z.object({ kind: z.literal("multiple"), choices: z.array(z.enum(["a", "b", "c", "d", "e", "f"])).max(6) }),
  z.object({
    kind: z.literal("case"),
    diagnoses: z.array(codeText).max(25),
    procedures: z
      .array(
        z.object({
          code: codeText,
          modifiers: z.array(z.string().trim().max(4)).max(4).default([]),
          units: z.coerce.number().int().min(0).max(9999).default(1),
        }),
      )
      .max(25),
  }),
]);
export type ItemResponse = z.infer<typeof responseSchema>;

export const saveAnswerSchema = z.object({
  position: z.number().int().min(0).max(499),
  response: responseSchema.nullable(),
  flagged: z.boolean().default(false),
  struck: z.array(z.enum(["a", "b", "c", "d", "e", "f"])).max(6).default([]),
  timeSpentMs: z.number().int().min(0).max(24 * 3600_000).default(0),
  /** Increases with every save from the client; an older or repeated one is ignored. */
  revision: z.number().int().min(1).max(1_000_000_000),
});
export type SaveAnswerInput = z.infer<typeof saveAnswerSchema>;
