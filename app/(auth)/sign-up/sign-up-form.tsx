"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { signUpAction, type FormState } from "../actions";

const ROLES = [
  { value: "student", label: "Student", hint: "Study and sit practice exams." },
  { value: "instructor", label: "Instructor", hint: "Run classes and author questions." },
  { value: "employer", label: "Employer", hint: "Send candidates coding assessments." },
] as const;

export function SignUpForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(signUpAction, {});
  const [role, setRole] = useState(state.values?.role ?? "student");
  const errors = state.errors ?? {};
  return (
    <form action={action} className="space-y-5" noValidate>
      {errors.form ? (
        <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800 ring-1 ring-rose-200">
          {errors.form}
        </p>
      ) : null}
      <Field id="name" name="name" label="Full name" autoComplete="name" required defaultValue={state.values?.name} error={errors.name} />
      <Field id="email" name="email" type="email" label="Email" autoComplete="email" required defaultValue={state.values?.email} error={errors.email} />
      <Field
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="new-password"
        required
        hint="At least 10 characters. A short sentence works well."
        error={errors.password}
      />
      {/* The submitted role comes from state, so a form reset after a failed submit cannot lose the choice. */}
      <input type="hidden" name="role" value={role} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">I am signing up as</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-3">
          {ROLES.map((r) => (
            <label
              key={r.value}
              className={`cursor-pointer rounded-lg p-3 text-sm ring-1 ${role === r.value ? "bg-brand-50 ring-brand-500" : "bg-white ring-slate-300"}`}
            >
              <input type="radio" name="role-choice" value={r.value} checked={role === r.value} onChange={() => setRole(r.value)} className="sr-only" />
              <span className="block font-semibold text-slate-900">{r.label}</span>
              <span className="block text-xs text-slate-600">{r.hint}</span>
            </label>
          ))}
        </div>
        {errors.role ? <p className="mt-1 text-sm text-rose-700">{errors.role}</p> : null}
      </fieldset>
      {role !== "student" ? (
        <Field
          id="organization"
          name="organization"
          label={role === "instructor" ? "School or programme" : "Company"}
          required
          defaultValue={state.values?.organization}
          error={errors.organization}
        />
      ) : null}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
      <p className="text-center text-sm text-slate-600">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-brand-700 hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
