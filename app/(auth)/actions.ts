"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/lib/auth";
import { homeFor } from "@/lib/auth/roles";
import { registerUser, type FieldErrors } from "@/lib/auth/service";
import { getDb } from "@/lib/db";
import { findUserByEmail } from "@/lib/db/queries/users";

export interface FormState {
  errors?: FieldErrors;
  values?: Record<string, string>;
}

function safeCallback(value: FormDataEntryValue | null): string | null {
  const text = typeof value === "string" ? value : "";
  // Only same-site paths: never redirect to another origin.
  return text.startsWith("/") && !text.startsWith("//") && !text.startsWith("/\\") ? text : null;
}

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const email = String(formData.get("email") ?? "");
  const password = String(formData.get("password") ?? "");
  const values = { email };
  if (!email.trim() || !password) {
    return { values, errors: { form: "Enter your email address and password." } };
  }
  let destination = safeCallback(formData.get("callbackUrl"));
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      return { values, errors: { form: "Too many failed attempts. Wait a few minutes, then try again." } };
    }
    if (error instanceof AuthError) {
      return { values, errors: { form: "That email and password don't match an account." } };
    }
    throw error;
  }
  if (!destination) {
    const user = await findUserByEmail(await getDb(), email);
    destination = user ? homeFor(user.role) : "/learn";
  }
  redirect(destination);
}

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const input = {
    name: String(formData.get("name") ?? ""),
    email: String(formData.get("email") ?? ""),
    password: String(formData.get("password") ?? ""),
    role: String(formData.get("role") ?? "student"),
    organization: String(formData.get("organization") ?? "") || undefined,
  };
  const values = { name: input.name, email: input.email, role: input.role, organization: input.organization ?? "" };
  const result = await registerUser(await getDb(), input);
  if (!result.ok) return { values, errors: result.errors };
  await signIn("credentials", { email: result.user.email, password: input.password, redirect: false });
  redirect(homeFor(result.user.role));
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
