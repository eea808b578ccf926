"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { reviewCardAction } from "@/app/(app)/learn/actions";

export interface SessionCard {
  id: string;
  prompt: string;
  front: string;
  choices?: string[];
  back: string;
  details: string[];
  lesson: { title: string; href: string };
  isNew: boolean;
  intervals: Record<1 | 2 | 3 | 4, string>;
}

const GRADES = [
  { value: 1, label: "Again", tone: "bg-rose-600 hover:bg-rose-700" },
  { value: 2, label: "Hard", tone: "bg-amber-600 hover:bg-amber-700" },
  { value: 3, label: "Good", tone: "bg-brand-600 hover:bg-brand-700" },
  { value: 4, label: "Easy", tone: "bg-sky-600 hover:bg-sky-700" },
] as const;

/** A review session: show the front, reveal the back (Space or Enter), grade it 1–4. Each grade is saved at once. */
export function ReviewSession({ initial }: { initial: SessionCard[] }) {
  const router = useRouter();
  const [queue, setQueue] = useState(initial);
  const [revealed, setRevealed] = useState(false);
  const [reviewed, setReviewed] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const revealRef = useRef<HTMLButtonElement>(null);
  const card = queue[0];

  const grade = useCallback(
    (value: 1 | 2 | 3 | 4) => {
      if (!card || pending) return;
      setError(null);
      startTransition(async () => {
        const result = await reviewCardAction({ cardId: card.id, grade: value });
        if (!result.ok) {
          setError(result.error);
          return;
        }
        setReviewed((n) => n + 1);
        setRevealed(false);
        setQueue((q) => {
          const [head, ...rest] = q;
          if (!head) return rest;
          return result.data.requeue ? [...rest, { ...head, isNew: false, intervals: result.data.intervals }] : rest;
        });
      });
    },
    [card, pending],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT")) return;
      if (event.ctrlKey || event.metaKey || event.altKey || !card) return;
      if (!revealed && (event.key === " " || event.key === "Enter")) {
        if (target?.tagName === "A") return;
        event.preventDefault();
        setRevealed(true);
      } else if (revealed && ["1", "2", "3", "4"].includes(event.key)) {
        event.preventDefault();
        grade(Number(event.key) as 1 | 2 | 3 | 4);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [card, revealed, grade]);

  useEffect(() => {
    if (!revealed) revealRef.current?.focus({ preventScroll: true });
  }, [revealed, card?.id]);

  if (!card) {
    return (
      <section className="rounded-2xl bg-white p-10 text-center shadow-sm ring-1 ring-slate-200" data-testid="session-done" aria-live="polite">
        <p className="text-4xl" aria-hidden>
          ✓
        </p>
        <h2 className="mt-3 text-xl font-semibold text-slate-900">{reviewed > 0 ? "Session complete" : "Nothing due right now"}</h2>
        <p className="mt-2 text-slate-600">
          {reviewed > 0 ? `You reviewed ${reviewed} card${reviewed === 1 ? "" : "s"}. ` : ""}
          New cards and reviews come back as they fall due. Come back tomorrow.
        </p>
        <button type="button" onClick={() => router.refresh()} className="mt-6 rounded-md bg-white px-4 py-2 text-sm font-semibold text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
          Refresh the queue
        </button>
      </section>
    );
  }

  return (
    <section aria-label="Flashcard review" data-testid="review-session">
      <div className="mb-3 flex items-center justify-between text-sm text-slate-500">
        <span aria-live="polite">
          {queue.length} card{queue.length === 1 ? "" : "s"} left{reviewed > 0 ? ` · ${reviewed} reviewed` : ""}
        </span>
        {card.isNew ? <span className="rounded-full bg-sky-50 px-2 py-0.5 text-xs font-medium text-sky-800 ring-1 ring-inset ring-sky-200">New card</span> : null}
      </div>
      <article className="rounded-2xl bg-white shadow-sm ring-1 ring-slate-200" data-testid="flashcard">
        <div className="p-6 sm:p-10">
          <p className="text-xs font-semibold uppercase tracking-wider text-brand-700">{card.prompt}</p>
          <p
            className={`mt-3 font-semibold leading-snug text-slate-900 ${card.front.length > 90 ? "text-lg sm:text-xl" : card.front.length > 40 ? "text-xl sm:text-2xl" : "text-2xl sm:text-3xl"}`}
            data-testid="card-front"
          >
            {card.front}
          </p>
          {card.choices ? (
            <ol className="mt-5 space-y-1.5 text-[0.95rem] text-slate-700">
              {card.choices.map((c, i) => (
                <li key={i} className="flex gap-2">
                  <span className="font-semibold text-slate-400">{"ABCD"[i]}</span>
                  <span>{c}</span>
                </li>
              ))}
            </ol>
          ) : null}
        </div>
        {revealed ? (
          <div className="border-t border-dashed border-slate-200 p-6 sm:p-10" data-testid="card-back">
            <p className="text-xs font-semibold uppercase tracking-wider text-slate-500">Answer</p>
            <p className="mt-2 text-xl font-semibold leading-snug text-slate-900">{card.back}</p>
            {card.details.length ? (
              <ul className="mt-3 space-y-1.5 text-sm leading-6 text-slate-600">
                {card.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            ) : null}
            <p className="mt-4 text-xs text-slate-500">
              From{" "}
              <Link href={card.lesson.href} className="font-medium text-brand-700 hover:underline">
                {card.lesson.title}
              </Link>
            </p>
          </div>
        ) : null}
      </article>

      <div className="mt-5">
        {revealed ? (
          <div>
            <p id="grade-help" className="mb-2 text-sm text-slate-600">
              How well did you remember it? Press 1–4.
            </p>
            <div className="grid grid-cols-2 gap-2 sm:grid-cols-4" role="group" aria-describedby="grade-help">
              {GRADES.map((g) => (
                <button
                  key={g.value}
                  type="button"
                  disabled={pending}
                  onClick={() => grade(g.value)}
                  className={`flex flex-col items-center rounded-lg px-3 py-2.5 text-white shadow-sm disabled:opacity-60 ${g.tone}`}
                  aria-keyshortcuts={String(g.value)}
                >
                  <span className="text-sm font-semibold">
                    {g.label} <span className="font-normal opacity-80">({g.value})</span>
                  </span>
                  <span className="text-xs opacity-90">{card.intervals[g.value]}</span>
                </button>
              ))}
            </div>
          </div>
        ) : (
          <button
            ref={revealRef}
            type="button"
            onClick={() => setRevealed(true)}
            className="w-full rounded-lg bg-slate-900 px-4 py-3 text-sm font-semibold text-white shadow-sm hover:bg-slate-800"
            aria-keyshortcuts="Space Enter"
          >
            Show answer <span className="font-normal opacity-75">(Space)</span>
          </button>
        )}
        <p aria-live="assertive" className="mt-2 text-sm text-rose-700">
          {error}
        </p>
      </div>
    </section>
  );
}
