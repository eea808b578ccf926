"use client";

import { useId, useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { submitCheckAction, type CheckOutcome } from "@/app/(app)/learn/actions";
import type { CheckQuestionView } from "@/lib/learn/check";

const LETTERS = ["A", "B", "C", "D"];

/** The check-your-understanding quiz of a lesson: answers go to the server, which scores and stores them. */
export function LessonCheck({
  track,
  slug,
  questions,
  initial,
}: {
  track: string;
  slug: string;
  questions: CheckQuestionView[];
  initial?: { answers: number[]; outcome: CheckOutcome };
}) {
  const id = useId();
  const router = useRouter();
  const [answers, setAnswers] = useState<number[]>(initial?.answers ?? questions.map(() => -1));
  const [outcome, setOutcome] = useState<CheckOutcome | null>(initial?.outcome ?? null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const unanswered = answers.filter((a) => a < 0).length;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (unanswered > 0) {
      setError(`Answer ${unanswered === 1 ? "the last question" : `the ${unanswered} remaining questions`} first.`);
      return;
    }
    setError(null);
    startTransition(async () => {
      const result = await submitCheckAction({ track, slug, answers });
      if (result.ok) {
        setOutcome(result.data);
        router.refresh();
      } else setError(result.error);
    });
  }

  return (
    <section aria-labelledby={`${id}-title`} className="mt-14 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8" data-testid="lesson-check">
      <h2 id={`${id}-title`} className="text-xl font-semibold tracking-tight text-slate-900">
        Check your understanding
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        {questions.length} questions. Your score is saved; you can try again at any time.
      </p>
      <form onSubmit={submit} className="mt-6 space-y-8" noValidate>
        {questions.map((q, qi) => {
          const result = outcome?.results[qi];
          return (
            <fieldset key={qi} className="min-w-0">
              <legend className="font-medium leading-7 text-slate-900">
                <span className="mr-2 text-slate-400">{qi + 1}.</span>
                {q.question}
              </legend>
              <div className="mt-3 grid gap-2">
                {q.options.map((option, oi) => {
                  const chosen = answers[qi] === oi;
                  const isAnswer = result !== undefined && result.answer === oi;
                  const wrongChoice = result !== undefined && chosen && !result.correct;
                  const tone = isAnswer
                    ? "bg-brand-50 ring-brand-500"
                    : wrongChoice
                      ? "bg-rose-50 ring-rose-400"
                      : chosen
                        ? "bg-slate-50 ring-brand-500"
                        : "bg-white ring-slate-200 hover:bg-slate-50";
                  return (
                    <label
                      key={oi}
                      className={`flex cursor-pointer items-start gap-3 rounded-lg px-3 py-2.5 text-sm leading-6 ring-1 ring-inset transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600 ${tone}`}
                    >
                      <input
                        type="radio"
                        name={`${id}-q${qi}`}
                        value={oi}
                        checked={chosen}
                        onChange={() => {
                          setAnswers((prev) => prev.map((a, i) => (i === qi ? oi : a)));
                          if (outcome) setOutcome(null);
                        }}
                        className="mt-1 h-4 w-4 accent-brand-600"
                      />
                      <span className="text-slate-800">
                        <span className="mr-1.5 font-semibold text-slate-500">{LETTERS[oi]}</span>
                        {option}
                        {isAnswer ? <span className="ml-2 font-semibold text-brand-700">✓ Correct answer</span> : null}
                        {wrongChoice ? <span className="ml-2 font-semibold text-rose-700">✗ Your answer</span> : null}
                      </span>
                    </label>
                  );
                })}
              </div>
              {result ? (
                <p className={`mt-3 rounded-md px-3 py-2 text-sm leading-6 ${result.correct ? "bg-brand-50 text-brand-900" : "bg-amber-50 text-amber-900"}`}>
                  <span className="font-semibold">{result.correct ? "Right. " : "Not quite. "}</span>
                  {result.rationale}
                </p>
              ) : null}
            </fieldset>
          );
        })}
        <div className="flex flex-wrap items-center gap-4 border-t border-slate-100 pt-6">
          <button
            type="submit"
            disabled={pending}
            className="inline-flex items-center justify-center rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 disabled:bg-brand-600/60"
          >
            {pending ? "Checking…" : outcome ? "Check again" : "Check answers"}
          </button>
          <p aria-live="polite" className="text-sm" data-testid="check-score">
            {error ? <span className="text-rose-700">{error}</span> : null}
            {!error && outcome ? (
              <span className="text-slate-700">
                <span className="font-semibold text-slate-900">
                  {outcome.correct} of {outcome.total} correct ({Math.round(outcome.score * 100)}%)
                </span>
                {outcome.attempts > 1 ? ` · best ${Math.round(outcome.best * 100)}% over ${outcome.attempts} tries` : ""}
              </span>
            ) : null}
          </p>
        </div>
      </form>
    </section>
  );
}
