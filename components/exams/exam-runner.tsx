"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PublicItem } from "@/lib/exams/public-item";
import type { ItemResponse } from "@/lib/exams/responses";
import { CaseForm } from "./case-form";
import { ItemFeedbackPanel, type FeedbackPayload } from "./item-feedback";
import { ProseText } from "./prose-text";
import { RecordView } from "./record-view";

export interface RunnerAnswer {
  position: number;
  response: ItemResponse | null;
  flagged: boolean;
  struck: string[];
  timeSpentMs: number;
  revision: number;
}

interface Props {
  attemptId: string;
  title: string;
  items: PublicItem[];
  answers: RunnerAnswer[];
  deadline: string;
  serverNow: string;
  startPosition: number;
  feedback: "end" | "immediate";
  durationMinutes: number;
}

type SaveState = "idle" | "saving" | "saved" | "retrying" | "refused";


function emptyAnswer(position: number): RunnerAnswer {
  return { position, response: null, flagged: false, struck: [], timeSpentMs: 0, revision: 0 };
}

function answered(a: RunnerAnswer | undefined): boolean {
  const r = a?.response;
  if (!r) return false;
  if (r.kind === "single") return r.choice !== null;
  if (r.kind === "multiple") return r.choices.length > 0;
  return r.diagnoses.some((d) => d.trim()) || r.procedures.some((p) => p.code.trim());
}

function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
}

export function ExamRunner(props: Props) {
  const router = useRouter();
  const { items, attemptId } = props;
  const [answers, setAnswers] = useState<Map<number, RunnerAnswer>>(() => new Map(props.answers.map((a) => [a.position, a])));
  const [position, setPosition] = useState(Math.min(props.startPosition, items.length - 1));
  const [reviewing, setReviewing] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>("idle");
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [feedback, setFeedback] = useState<Map<number, FeedbackPayload>>(new Map());
  // Server clock minus this browser's clock, measured once at load; the deadline is the server's.
  const [offset] = useState(() => new Date(props.serverNow).getTime() - Date.now());
  const deadline = useMemo(() => new Date(props.deadline).getTime(), [props.deadline]);
  const [remaining, setRemaining] = useState(() => deadline - (Date.now() + offset));
  // Mirrors `answers` for callbacks; every change goes through update(), which keeps both in step.
  const answersRef = useRef(answers);
  const enteredAt = useRef(0);
  const pending = useRef(new Map<number, RunnerAnswer>());
  const inFlight = useRef(false);
  const submittedRef = useRef(false);

  const finish = useCallback(
    async (reason: "user" | "timeout") => {
      if (submittedRef.current) return;
      submittedRef.current = true;
      setSubmitting(true);
      if (reason === "timeout") setMessage("Time is up. Your exam is being submitted…");
      try {
        await fetch(`/api/v1/attempts/${attemptId}/submit`, { method: "POST" });
      } finally {
        router.replace(`/exams/${attemptId}/results`);
        router.refresh();
      }
    },
    [attemptId, router],
  );

  // Sends queued saves one at a time; the newest revision per item wins; network errors retry with backoff.
  const flush = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    let delay = 500;
    try {
      while (pending.current.size > 0 && !submittedRef.current) {
        const [pos, answer] = pending.current.entries().next().value as [number, RunnerAnswer];
        setSaveState("saving");
        let res: Response;
        try {
          res = await fetch(`/api/v1/attempts/${attemptId}/answers`, {
            method: "PUT",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({
              position: pos,
              response: answer.response,
              flagged: answer.flagged,
              struck: answer.struck,
              timeSpentMs: answer.timeSpentMs,
              revision: answer.revision,
            }),
          });
        } catch {
          setSaveState("retrying");
          await new Promise((r) => setTimeout(r, delay));
          delay = Math.min(delay * 2, 8000);
          continue;
        }
        if (pending.current.get(pos) === answer) pending.current.delete(pos);
        if (res.status === 410) {
          const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
          setSaveState("refused");
          setMessage(body?.error?.message ?? "Time is up.");
          await finish("timeout");
          return;
        }
        if (!res.ok) {
          const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
          setSaveState("refused");
          setMessage(body?.error?.message ?? "Your answer could not be saved.");
          continue;
        }
        delay = 500;
        setSaveState("saved");
      }
    } finally {
      inFlight.current = false;
    }
  }, [attemptId, finish]);

  const update = useCallback(
    (pos: number, change: (a: RunnerAnswer) => Partial<RunnerAnswer>) => {
      const current = answersRef.current.get(pos) ?? emptyAnswer(pos);
      const next: RunnerAnswer = { ...current, ...change(current), revision: current.revision + 1 };
      const map = new Map(answersRef.current);
      map.set(pos, next);
      answersRef.current = map;
      setAnswers(map);
      pending.current.set(pos, next);
      void flush();
    },
    [flush],
  );

  // Time spent on an item is added when the student leaves it.
  const leaveItem = useCallback(() => {
    const spent = Date.now() - enteredAt.current;
    enteredAt.current = Date.now();
    if (spent > 500 && !submittedRef.current) update(position, (a) => ({ timeSpentMs: a.timeSpentMs + spent }));
  }, [position, update]);

  const goTo = useCallback(
    (next: number) => {
      if (next < 0 || next >= items.length) return;
      leaveItem();
      setReviewing(false);
      setPosition(next);
    },
    [items.length, leaveItem],
  );

  useEffect(() => {
    enteredAt.current = Date.now();
  }, []);

  useEffect(() => {
    const tick = setInterval(() => {
      const left = deadline - (Date.now() + offset);
      setRemaining(left);
      if (left <= 0) void finish("timeout");
    }, 1000);
    return () => clearInterval(tick);
  }, [deadline, offset, finish]);

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (pending.current.size > 0) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  const item = items[position];
  const answer = answers.get(position) ?? emptyAnswer(position);
  const locked = feedback.has(position);

  const choose = useCallback(
    (optionId: string) => {
      if (!item || item.type === "case" || locked) return;
      if (item.type === "single") {
        update(position, () => ({ response: { kind: "single", choice: optionId as "a" } }));
      } else {
        update(position, (a) => {
          const prev = a.response?.kind === "multiple" ? a.response.choices : [];
          const choices = prev.includes(optionId as "a") ? prev.filter((c) => c !== optionId) : [...prev, optionId as "a"];
          return { response: { kind: "multiple", choices } };
        });
      }
    },
    [item, locked, position, update],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const key = e.key.toLowerCase();
      // Typing in a field is never a shortcut; on a radio or checkbox the arrow keys keep their native meaning.
      const choice = target instanceof HTMLInputElement && (target.type === "radio" || target.type === "checkbox");
      if (target && !choice && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT" || target.isContentEditable)) return;
      if (choice && key.startsWith("arrow")) return;
      if (e.metaKey || e.ctrlKey || e.altKey || confirming) return;
      if (key === "arrowright" || key === "n") goTo(position + 1);
      else if (key === "arrowleft" || key === "p") goTo(position - 1);
      else if (key === "f") update(position, (a) => ({ flagged: !a.flagged }));
      else if (key === "r") {
        leaveItem();
        setReviewing(true);
      } else if (["a", "b", "c", "d", "e", "f"].includes(key) && item && item.type !== "case") {
        if (item.options.some((o) => o.id === key)) choose(key);
      } else if (["1", "2", "3", "4", "5", "6"].includes(key) && item && item.type !== "case") {
        const option = item.options[Number(key) - 1];
        if (option) choose(option.id);
      } else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [choose, confirming, goTo, item, leaveItem, position, update]);

  const check = async () => {
    if (pending.current.size > 0) await flush();
    const res = await fetch(`/api/v1/attempts/${attemptId}/check`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ position }),
    });
    const body = (await res.json()) as FeedbackPayload & { error?: { message: string } };
    if (!res.ok) {
      setMessage(body.error?.message ?? "Could not check this answer.");
      return;
    }
    setFeedback((m) => new Map(m).set(position, body));
  };

  const answeredCount = items.filter((_, i) => answered(answers.get(i))).length;
  const flaggedCount = items.filter((_, i) => answers.get(i)?.flagged).length;
  // The real exams warn 30 minutes before the end; a short quiz warns 5 minutes before.
  const warningMinutes = props.durationMinutes > 30 ? 30 : 5;
  const warning = remaining <= warningMinutes * 60_000 && remaining > 0;

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <div className="min-w-0">
        <div className="sticky top-0 z-10 -mx-4 mb-4 flex flex-wrap items-center gap-3 border-b border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-lg sm:border sm:bg-white">
          <h1 className="mr-auto text-base font-semibold text-slate-900">{props.title}</h1>
          <span className="text-sm text-slate-600" aria-live="polite" data-testid="save-state">
            {saveState === "saving" ? "Saving…" : saveState === "saved" ? "All answers saved" : saveState === "retrying" ? "Offline — retrying…" : saveState === "refused" ? "Not saved" : ""}
          </span>
          <span
            role="timer"
            aria-label="Time remaining"
            data-testid="timer"
            className={`rounded-md px-3 py-1 font-mono text-sm font-semibold tabular-nums ${warning ? "bg-amber-100 text-amber-900" : "bg-slate-100 text-slate-800"}`}
          >
            {formatClock(remaining)}
          </span>
        </div>
        {warning ? (
          <p role="alert" className="mb-4 rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200">
            Less than {warningMinutes} minutes left. Unanswered items score zero; the exam is submitted automatically when time runs out.
          </p>
        ) : null}
        {message ? (
          <p role="alert" className="mb-4 rounded-md bg-rose-50 px-4 py-3 text-sm text-rose-900 ring-1 ring-rose-200">
            {message}
          </p>
        ) : null}

        {reviewing ? (
          <ReviewScreen
            items={items}
            answers={answers}
            onGo={goTo}
            onSubmit={() => setConfirming(true)}
            answeredCount={answeredCount}
            flaggedCount={flaggedCount}
          />
        ) : item ? (
          <article aria-labelledby="item-heading" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-7">
            <div className="mb-4 flex items-center justify-between gap-3">
              <h2 id="item-heading" className="text-sm font-semibold uppercase tracking-wider text-slate-500">
                Question {position + 1} of {items.length}
                {item.type === "multiple" ? " · select all that apply" : item.type === "case" ? " · coding case" : ""}
              </h2>
              <button
                type="button"
                aria-pressed={answer.flagged}
                onClick={() => update(position, (a) => ({ flagged: !a.flagged }))}
                className={`rounded-md px-3 py-1.5 text-sm font-medium ring-1 ${answer.flagged ? "bg-amber-100 text-amber-900 ring-amber-300" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"}`}
              >
                {answer.flagged ? "⚑ Flagged" : "⚐ Flag for review"}
              </button>
            </div>
            {item.scenario ? (
              <details className="mb-5 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200" open>
                <summary className="cursor-pointer text-sm font-semibold text-slate-800">Scenario: {item.scenario.title}</summary>
                <RecordView record={item.scenario.record} />
              </details>
            ) : null}
            {item.type === "case" && item.record ? <RecordView record={item.record} /> : null}
            <ProseText text={item.stem} className="mt-2 text-base leading-relaxed text-slate-900" />
            {item.type === "case" ? (
              <CaseForm
                key={item.id}
                asksProcedures={item.asksProcedures}
                setting={item.setting}
                value={answer.response?.kind === "case" ? answer.response : null}
                disabled={locked}
                onChange={(response) => update(position, () => ({ response }))}
              />
            ) : (
              <fieldset className="mt-5">
                <legend className="sr-only">Answer options</legend>
                <ul className="space-y-2">
                  {item.options.map((option, index) => {
                    const selected =
                      answer.response?.kind === "single"
                        ? answer.response.choice === option.id
                        : answer.response?.kind === "multiple"
                          ? answer.response.choices.includes(option.id as "a")
                          : false;
                    const struck = answer.struck.includes(option.id);
                    return (
                      <li key={option.id} className="flex items-stretch gap-2">
                        <label
                          className={`flex flex-1 cursor-pointer items-start gap-3 rounded-lg p-3 ring-1 transition-colors ${
                            selected ? "bg-brand-50 ring-2 ring-brand-500" : "bg-white ring-slate-300 hover:bg-slate-50"
                          }`}
                        >
                          <input
                            type={item.type === "single" ? "radio" : "checkbox"}
                            name={`item-${item.id}`}
                            value={option.id}
                            checked={selected}
                            disabled={locked}
                            onChange={() => choose(option.id)}
                            className="mt-1 h-4 w-4 accent-brand-600"
                          />
                          <span className="font-mono text-sm font-semibold text-slate-500">{option.id.toUpperCase()}</span>
                          <span className={`flex-1 ${struck ? "text-slate-400 line-through" : "text-slate-900"}`} data-testid={`option-${option.id}`}>
                            {option.text}
                          </span>
                          <span className="sr-only">{`(key ${index + 1})`}</span>
                        </label>
                        <button
                          type="button"
                          aria-pressed={struck}
                          aria-label={`${struck ? "Restore" : "Strike out"} option ${option.id.toUpperCase()}`}
                          title={struck ? "Restore option" : "Strike out option"}
                          onClick={() =>
                            update(position, (a) => ({
                              struck: a.struck.includes(option.id) ? a.struck.filter((s) => s !== option.id) : [...a.struck, option.id],
                            }))
                          }
                          className={`w-10 rounded-lg text-sm ring-1 ${struck ? "bg-slate-200 text-slate-700 ring-slate-300" : "bg-white text-slate-500 ring-slate-200 hover:bg-slate-50"}`}
                        >
                          <span aria-hidden>S̶</span>
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </fieldset>
            )}
            {props.feedback === "immediate" ? (
              <div className="mt-5">
                {feedback.get(position) ? (
                  <ItemFeedbackPanel payload={feedback.get(position)!} />
                ) : (
                  <button
                    type="button"
                    onClick={check}
                    disabled={!answered(answer)}
                    className="rounded-md bg-slate-800 px-4 py-2 text-sm font-semibold text-white disabled:opacity-40"
                  >
                    Check answer
                  </button>
                )}
              </div>
            ) : null}
            <div className="mt-7 flex flex-wrap items-center justify-between gap-3 border-t border-slate-100 pt-5">
              <button
                type="button"
                onClick={() => goTo(position - 1)}
                disabled={position === 0}
                className="rounded-md px-4 py-2 text-sm font-semibold text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-40"
              >
                ← Previous
              </button>
              <p className="hidden text-xs text-slate-500 sm:block">Keys: N/P or ←/→ move · A–D choose · F flag · R review</p>
              {position < items.length - 1 ? (
                <button type="button" onClick={() => goTo(position + 1)} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
                  Next →
                </button>
              ) : (
                <button
                  type="button"
                  onClick={() => {
                    leaveItem();
                    setReviewing(true);
                  }}
                  className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
                >
                  Review answers
                </button>
              )}
            </div>
          </article>
        ) : null}
      </div>

      <aside aria-label="Question navigator" className="lg:sticky lg:top-4 lg:self-start">
        <div className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <p className="text-sm font-semibold text-slate-900">
            {answeredCount} of {items.length} answered
          </p>
          <p className="text-xs text-slate-500">{flaggedCount} flagged</p>
          <ol className="mt-3 grid grid-cols-8 gap-1.5 lg:grid-cols-6" data-testid="navigator">
            {items.map((it, i) => {
              const a = answers.get(i);
              const state = answered(a) ? "answered" : "unanswered";
              return (
                <li key={it.id}>
                  <button
                    type="button"
                    onClick={() => goTo(i)}
                    aria-current={i === position && !reviewing ? "step" : undefined}
                    aria-label={`Question ${i + 1}, ${state}${a?.flagged ? ", flagged" : ""}`}
                    data-state={state}
                    data-flagged={a?.flagged ? "true" : "false"}
                    className={`relative h-9 w-full rounded text-xs font-semibold tabular-nums ${
                      state === "answered" ? "bg-brand-600 text-white" : "bg-white text-slate-700 ring-1 ring-slate-300"
                    } ${i === position && !reviewing ? "outline-2 outline-offset-1 outline-slate-900" : ""}`}
                  >
                    {i + 1}
                    {a?.flagged ? <span aria-hidden className="absolute -right-1 -top-1 h-3 w-3 rounded-full bg-amber-400 ring-2 ring-white" /> : null}
                  </button>
                </li>
              );
            })}
          </ol>
          <ul className="mt-3 space-y-1 text-xs text-slate-600">
            <li className="flex items-center gap-2">
              <span className="h-3 w-3 rounded bg-brand-600" aria-hidden /> Answered
            </li>
            <li className="flex items-center gap-2">
              <span className="h-3 w-3 rounded bg-white ring-1 ring-slate-300" aria-hidden /> Unanswered
            </li>
            <li className="flex items-center gap-2">
              <span className="h-3 w-3 rounded-full bg-amber-400" aria-hidden /> Flagged
            </li>
          </ul>
          <button
            type="button"
            onClick={() => {
              leaveItem();
              setReviewing(true);
            }}
            className="mt-4 w-full rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-800"
          >
            Review and submit
          </button>
        </div>
      </aside>

      {confirming ? (
        <div role="dialog" aria-modal="true" aria-labelledby="confirm-title" className="fixed inset-0 z-30 grid place-items-center bg-slate-900/40 p-4">
          <div className="w-full max-w-md rounded-xl bg-white p-6 shadow-xl">
            <h2 id="confirm-title" className="text-lg font-semibold text-slate-900">
              Submit your exam?
            </h2>
            <p className="mt-2 text-slate-600">
              {items.length - answeredCount > 0
                ? `${items.length - answeredCount} question${items.length - answeredCount === 1 ? " is" : "s are"} unanswered and will score zero. `
                : "Every question has an answer. "}
              You can&apos;t change answers after submitting.
            </p>
            <div className="mt-6 flex justify-end gap-2">
              <button type="button" autoFocus onClick={() => setConfirming(false)} className="rounded-md px-4 py-2 text-sm font-semibold text-slate-700 ring-1 ring-slate-300">
                Keep working
              </button>
              <button
                type="button"
                disabled={submitting}
                onClick={async () => {
                  await flush();
                  await finish("user");
                }}
                className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-50"
              >
                {submitting ? "Submitting…" : "Submit exam"}
              </button>
            </div>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function ReviewScreen({
  items,
  answers,
  onGo,
  onSubmit,
  answeredCount,
  flaggedCount,
}: {
  items: PublicItem[];
  answers: Map<number, RunnerAnswer>;
  onGo: (i: number) => void;
  onSubmit: () => void;
  answeredCount: number;
  flaggedCount: number;
}) {
  return (
    <section aria-labelledby="review-title" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-7">
      <h2 id="review-title" className="text-xl font-semibold text-slate-900">
        Review your answers
      </h2>
      <p className="mt-1 text-slate-600">
        {answeredCount} answered, {items.length - answeredCount} unanswered, {flaggedCount} flagged. Choose a question to return to it.
      </p>
      <ul className="mt-5 divide-y divide-slate-100">
        {items.map((it, i) => {
          const a = answers.get(i);
          return (
            <li key={it.id} className="flex items-center gap-3 py-2">
              <button type="button" onClick={() => onGo(i)} className="w-24 text-left text-sm font-medium text-brand-700 hover:underline">
                Question {i + 1}
              </button>
              <span className="flex-1 truncate text-sm text-slate-600">{it.stem.split("\n")[0]}</span>
              {a?.flagged ? <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">Flagged</span> : null}
              <span className={`rounded px-2 py-0.5 text-xs font-medium ${answered(a) ? "bg-brand-50 text-brand-700" : "bg-slate-100 text-slate-600"}`}>
                {answered(a) ? "Answered" : "Unanswered"}
              </span>
            </li>
          );
        })}
      </ul>
      <div className="mt-6 flex justify-end">
        <button type="button" onClick={onSubmit} className="rounded-md bg-brand-600 px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-700">
          Submit exam
        </button>
      </div>
    </section>
  );
}
