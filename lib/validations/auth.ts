import { z } from "zod";
import { passwordProblem } from "../auth/password";

export const emailSchema = z
  .string()
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .email("Enter a valid email address, like name@example.com.")
  .transform((e) => e.toLowerCase());

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(200),
});

export const SIGN_UP_ROLES = ["student", "instructor", "employer"] as const;

export const signUpSchema = z
  .object({
    name: z.string().trim().min(1, "Enter your name.").max(120, "Use at most 120 characters."),
    email: emailSchema,
    password: z.string().max(200, "Use at most 200 characters."),
    role: z.enum(SIGN_UP_ROLES, { message: "Choose how you will use Codecert." }).default("student"),
    organization: z.string().trim().max(120, "Use at most 120 characters.").optional(),
  })
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value.password, value.email);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
    if (value.role !== "student" && !value.organization) {
      ctx.addIssue({
        code: "custom",
        path: ["organization"],
        message: value.role === "instructor" ? "Enter your school or programme's name." : "Enter your company's name.",
      });
    }
  });
export type SignUpInput = z.infer<typeof signUpSchema>;
