"use client";

import { useActionState } from "react";
import { startExamAction, type StartState } from "@/app/(app)/exams/actions";

interface BlueprintCard {
  id: string;
  title: string;
  description: string;
  items: number;
  minutes: number;
  passMark: number;
}

export function StartExamForms({ blueprints, domains }: { blueprints: BlueprintCard[]; domains: { id: string; label: string; items: number }[] }) {
  const [state, action, pending] = useActionState<StartState, FormData>(startExamAction, {});
  return (
    <section aria-labelledby="start-title">
      <h2 id="start-title" className="sr-only">
        Start an exam
      </h2>
      {state.error ? (
        <p role="alert" className="mb-4 rounded-md bg-rose-50 px-4 py-3 text-sm text-rose-900 ring-1 ring-rose-200">
          {state.error}
        </p>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        {blueprints.map((b) => (
          <form key={b.id} action={action} className="flex flex-col rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
            <input type="hidden" name="blueprint" value={b.id} />
            <h3 className="text-lg font-semibold text-slate-900">{b.title}</h3>
            <p className="mt-1 flex-1 text-slate-600">{b.description}</p>
            <dl className="mt-4 grid grid-cols-3 gap-2 text-center text-sm">
              <div className="rounded-lg bg-slate-50 p-2">
                <dt className="text-xs text-slate-500">Items</dt>
                <dd className="font-semibold tabular-nums">{b.items}</dd>
              </div>
              <div className="rounded-lg bg-slate-50 p-2">
                <dt className="text-xs text-slate-500">Time</dt>
                <dd className="font-semibold">{b.minutes / 60} hours</dd>
              </div>
              <div className="rounded-lg bg-slate-50 p-2">
                <dt className="text-xs text-slate-500">To pass</dt>
                <dd className="font-semibold">{b.passMark}%</dd>
              </div>
            </dl>
            <button type="submit" disabled={pending} className="mt-4 rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-50">
              Start {b.id.toUpperCase()}-style exam
            </button>
          </form>
        ))}
      </div>
      <form action={action} className="mt-4 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <input type="hidden" name="blueprint" value="quiz" />
        <h3 className="text-lg font-semibold text-slate-900">Custom quiz</h3>
        <p className="mt-1 text-slate-600">Pick the domains to practise, how many items and how long.</p>
        <fieldset className="mt-4">
          <legend className="text-sm font-medium text-slate-800">Domains</legend>
          <div className="mt-2 grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
            {domains.map((d) => (
              <label key={d.id} className="flex items-center gap-2 rounded-md px-2 py-1 text-sm hover:bg-slate-50">
                <input type="checkbox" name="domains" value={d.id} className="h-4 w-4 accent-brand-600" />
                <span className="flex-1">{d.label}</span>
                <span className="text-xs tabular-nums text-slate-400">{d.items}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="mt-4 flex flex-wrap items-end gap-4">
          <label className="text-sm text-slate-800">
            Items
            <input name="count" type="number" min={3} max={60} defaultValue={10} className="mt-1 block w-24 rounded-md border border-slate-300 px-3 py-1.5" />
          </label>
          <label className="text-sm text-slate-800">
            Minutes
            <input name="minutes" type="number" min={1} max={240} defaultValue={15} className="mt-1 block w-24 rounded-md border border-slate-300 px-3 py-1.5" />
          </label>
          <label className="text-sm text-slate-800">
            Feedback
            <select name="feedback" defaultValue="end" className="mt-1 block rounded-md border border-slate-300 px-3 py-1.5">
              <option value="end">At the end</option>
              <option value="immediate">After each item</option>
            </select>
          </label>
          <label className="text-sm text-slate-800">
            Coding cases
            <select name="cases" defaultValue="exclude" className="mt-1 block rounded-md border border-slate-300 px-3 py-1.5">
              <option value="exclude">Leave out</option>
              <option value="include">Mix in</option>
              <option value="only">Only coding cases</option>
            </select>
          </label>
          <button type="submit" disabled={pending} className="rounded-md bg-slate-900 px-4 py-2 font-semibold text-white hover:bg-slate-800 disabled:opacity-50">
            Start quiz
          </button>
        </div>
      </form>
    </section>
  );
}
