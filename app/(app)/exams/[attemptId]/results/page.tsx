import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ItemFeedbackPanel } from "@/components/exams/item-feedback";
import { ProseText } from "@/components/exams/prose-text";
import { RecordView } from "@/components/exams/record-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/session";
import { getCodeLibrary } from "@/lib/codes/library";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { openAttempt, submittedView } from "@/lib/exams/attempts";
import { domainLabel } from "@/lib/exams/blueprints";
import { lessonIndex, recommendStudy } from "@/lib/exams/recommend";
import type { ItemResponse } from "@/lib/exams/responses";

export const metadata: Metadata = { title: "Exam results" };

function minutes(ms: number): string {
  const m = Math.floor(ms / 60000);
  const s = Math.round((ms % 60000) / 1000);
  return m ? `${m} min ${s} s` : `${s} s`;
}

function describeResponse(response: ItemResponse | null): string {
  if (!response) return "No answer";
  if (response.kind === "single") return response.choice ? response.choice.toUpperCase() : "No answer";
  if (response.kind === "multiple") return response.choices.length ? response.choices.map((c) => c.toUpperCase()).join(", ") : "No answer";
  const dx = response.diagnoses.filter(Boolean).join(", ");
  const px = response.procedures
    .filter((p) => p.code)
    .map((p) => `${p.code}${p.modifiers.length ? `-${p.modifiers.join("-")}` : ""}${p.units > 1 ? ` ×${p.units}` : ""}`)
    .join(", ");
  return [dx && `Dx: ${dx}`, px && `Px: ${px}`].filter(Boolean).join(" · ") || "No answer";
}

export default async function ResultsPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const user = await requireArea("exams", `/exams/${attemptId}/results`);
  const db = await getDb();
  try {
    // Submits an attempt whose time has run out, so its results exist.
    const open = await openAttempt(db, attemptId, user.id, await getCodeLibrary());
    if (open.status === "in_progress") redirect(`/exams/${attemptId}`);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
  const { attempt, result, items, scenarios } = await submittedView(db, attemptId, user.id);
  const recommendations = recommendStudy(result.domains, result.passMark, lessonIndex());
  const elapsed = (attempt.submittedAt ?? attempt.deadlineAt).getTime() - attempt.startedAt.getTime();

  return (
    <>
      <PageHeader
        title={attempt.config.title}
        description={`Submitted ${attempt.submittedAt?.toISOString().slice(0, 16).replace("T", " ")} UTC${attempt.submitReason === "timeout" ? " — time ran out, so it was submitted automatically" : ""}.`}
        actions={
          <Link href="/exams" className="rounded-md px-4 py-2 text-sm font-semibold text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50">
            All exams
          </Link>
        }
      />
      <section aria-label="Score" className="grid gap-4 sm:grid-cols-4">
        <div className={`rounded-xl p-5 ring-1 sm:col-span-2 ${result.passed ? "bg-emerald-50 ring-emerald-200" : "bg-rose-50 ring-rose-200"}`}>
          <p className="text-sm font-medium text-slate-700">Score</p>
          <p className="mt-1 text-4xl font-bold tabular-nums text-slate-900" data-testid="score">
            {result.percent.toFixed(1)}%
          </p>
          <p className={`mt-1 font-semibold ${result.passed ? "text-emerald-800" : "text-rose-800"}`} data-testid="verdict">
            {result.passed ? `Pass (pass mark ${result.passMark}%)` : `Below the pass mark of ${result.passMark}%`}
          </p>
        </div>
        <div className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <p className="text-sm font-medium text-slate-700">Answered</p>
          <p className="mt-1 text-2xl font-semibold tabular-nums">
            {result.answered} / {result.items}
          </p>
          <p className="text-sm text-slate-500">{result.credit} points earned</p>
        </div>
        <div className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <p className="text-sm font-medium text-slate-700">Time used</p>
          <p className="mt-1 text-2xl font-semibold tabular-nums">{minutes(elapsed)}</p>
          <p className="text-sm text-slate-500">of {attempt.config.durationMinutes} min allowed</p>
        </div>
      </section>

      <section aria-labelledby="domains-title" className="mt-8">
        <h2 id="domains-title" className="text-xl font-semibold text-slate-900">
          Score by domain, weakest first
        </h2>
        <ul className="mt-3 space-y-2" data-testid="domain-scores">
          {result.domains.map((d) => (
            <li key={d.domain} className="grid grid-cols-[minmax(0,14rem)_1fr_4rem] items-center gap-3 text-sm">
              <span className="truncate text-slate-800" title={domainLabel(d.domain)}>
                {domainLabel(d.domain)}
              </span>
              <span className="h-3 overflow-hidden rounded-full bg-slate-200" role="img" aria-label={`${d.percent}%`}>
                <span className={`block h-full rounded-full ${d.percent >= result.passMark ? "bg-emerald-500" : "bg-rose-500"}`} style={{ width: `${Math.max(2, d.percent)}%` }} />
              </span>
              <span className="text-right tabular-nums text-slate-700">
                {Math.round(d.percent)}% <span className="text-xs text-slate-400">({d.items})</span>
              </span>
            </li>
          ))}
        </ul>
      </section>

      {recommendations.length ? (
        <section aria-labelledby="study-title" className="mt-8 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <h2 id="study-title" className="text-xl font-semibold text-slate-900">
            What to study next
          </h2>
          <ul className="mt-3 space-y-3">
            {recommendations.map((r) => (
              <li key={r.domain}>
                <p className="font-medium text-slate-900">
                  {domainLabel(r.domain)} <span className="text-sm font-normal text-rose-700">({Math.round(r.percent)}%)</span>
                </p>
                {r.lessons.length ? (
                  <ul className="mt-1 flex flex-wrap gap-2">
                    {r.lessons.map((l) => (
                      <li key={l.slug}>
                        <Link href={`/learn/${l.track}/${l.slug}`} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800 ring-1 ring-brand-200 hover:bg-brand-100">
                          {l.title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="text-sm text-slate-600">Practise this domain with a custom quiz.</p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="items-title" className="mt-10">
        <h2 id="items-title" className="text-xl font-semibold text-slate-900">
          Every question, with the key and why
        </h2>
        <ol className="mt-4 space-y-6">
          {result.scored.map((s) => {
            const item = items[s.position];
            if (!item) return null;
            const scenario = item.scenario ? scenarios.get(item.scenario) : undefined;
            return (
              <li key={s.position} id={`q${s.position + 1}`} className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="font-semibold text-slate-900">Question {s.position + 1}</h3>
                  <span className="text-xs text-slate-500">
                    {item.domains.map(domainLabel).join(" · ")} · {minutes(s.timeSpentMs)} spent
                  </span>
                </div>
                {scenario ? (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-sm text-slate-700">Scenario: {scenario.title}</summary>
                    <RecordView record={scenario.record} />
                  </details>
                ) : null}
                {item.type === "case" && item.record ? (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-sm text-slate-700">Record: {item.record.title}</summary>
                    <RecordView record={item.record} />
                  </details>
                ) : null}
                <ProseText text={item.stem} className="mt-2 text-slate-800" />
                {item.type !== "case" ? (
                  <ul className="mt-2 space-y-1 text-sm">
                    {item.options.map((o) => (
                      <li key={o.id} className="text-slate-700">
                        <span className="font-mono font-semibold">{o.id.toUpperCase()}</span> {o.text}
                      </li>
                    ))}
                  </ul>
                ) : null}
                <p className="mt-3 text-sm text-slate-700">
                  <span className="font-medium">Your answer:</span> <span className="font-mono">{describeResponse(s.response)}</span>
                </p>
                <div className="mt-3">
                  <ItemFeedbackPanel payload={{ position: s.position, credit: s.credit, item, caseScore: s.caseScore ?? null }} />
                </div>
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}
