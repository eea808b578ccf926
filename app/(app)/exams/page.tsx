import type { Metadata } from "next";
import Link from "next/link";
import { DomainChart } from "@/components/exams/domain-chart";
import { StartExamForms } from "@/components/exams/start-exam-forms";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/session";
import { getCodeLibrary } from "@/lib/codes/library";
import { getDb } from "@/lib/db";
import { bankCounts } from "@/lib/exams/bank-stats";
import { listAttempts, sweepExpiredAttempts } from "@/lib/exams/attempts";
import { BLUEPRINTS, blueprintItemCount, domainLabel } from "@/lib/exams/blueprints";
import type { AttemptResult } from "@/lib/exams/scoring";

export const metadata: Metadata = { title: "Exams" };

function formatDate(d: Date): string {
  return d.toISOString().slice(0, 16).replace("T", " ");
}

export default async function ExamsPage() {
  const user = await requireArea("exams", "/exams");
  const db = await getDb();
  await sweepExpiredAttempts(db, await getCodeLibrary());
  const [attempts, counts] = await Promise.all([listAttempts(db, user.id), bankCounts(db)]);
  const open = attempts.filter((a) => a.status === "in_progress");
  const done = attempts.filter((a) => a.status === "submitted");
  const history = done
    .filter((a) => a.result)
    .map((a) => ({ id: a.id, at: (a.submittedAt ?? a.startedAt).toISOString(), blueprint: a.config.blueprint, result: a.result as AttemptResult }))
    .reverse();

  return (
    <>
      <PageHeader
        title="Exams"
        description="Timed practice exams built like the real CPC and CCS, and short quizzes on the domains you choose. The clock is kept by the server: you can close the browser and resume on any device."
      />
      {open.length ? (
        <section aria-labelledby="open-title" className="mb-8 rounded-xl bg-brand-50 p-5 ring-1 ring-brand-200">
          <h2 id="open-title" className="font-semibold text-brand-900">
            In progress
          </h2>
          <ul className="mt-2 space-y-2">
            {open.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center gap-3">
                <span className="font-medium text-slate-900">{a.config.title}</span>
                <span className="text-sm text-slate-600">ends {formatDate(a.deadlineAt)} UTC</span>
                <Link href={`/exams/${a.id}`} className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700">
                  Resume
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <StartExamForms
        blueprints={[BLUEPRINTS.cpc, BLUEPRINTS.ccs].map((b) => ({
          id: b.id,
          title: b.title,
          description: b.description,
          items: blueprintItemCount(b),
          minutes: b.durationMinutes,
          passMark: b.passMark,
        }))}
        domains={counts.map((c) => ({ id: c.domain, label: domainLabel(c.domain), items: c.items }))}
      />

      <section aria-labelledby="progress-title" className="mt-10">
        <h2 id="progress-title" className="text-xl font-semibold text-slate-900">
          Your progress by domain
        </h2>
        {history.length ? (
          <DomainChart history={history} />
        ) : (
          <p className="mt-2 text-slate-600">Finish an exam or a quiz to see your scores by domain over time.</p>
        )}
      </section>

      <section aria-labelledby="history-title" className="mt-10">
        <h2 id="history-title" className="text-xl font-semibold text-slate-900">
          History
        </h2>
        {done.length ? (
          <div className="mt-3 overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wider text-slate-600">
                <tr>
                  <th scope="col" className="px-4 py-3">Exam</th>
                  <th scope="col" className="px-4 py-3">Submitted (UTC)</th>
                  <th scope="col" className="px-4 py-3 text-right">Score</th>
                  <th scope="col" className="px-4 py-3">Result</th>
                  <th scope="col" className="px-4 py-3"><span className="sr-only">Details</span></th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {done.map((a) => (
                  <tr key={a.id}>
                    <td className="px-4 py-3 font-medium text-slate-900">{a.config.title}</td>
                    <td className="px-4 py-3 text-slate-600">
                      {a.submittedAt ? formatDate(a.submittedAt) : "—"}
                      {a.submitReason === "timeout" ? <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs">time ran out</span> : null}
                    </td>
                    <td className="px-4 py-3 text-right tabular-nums">{a.score?.toFixed(1)}%</td>
                    <td className="px-4 py-3">
                      <span className={`rounded px-2 py-0.5 text-xs font-semibold ${a.passed ? "bg-emerald-100 text-emerald-800" : "bg-rose-100 text-rose-800"}`}>
                        {a.passed ? "Pass" : "Below pass mark"}
                      </span>
                    </td>
                    <td className="px-4 py-3 text-right">
                      <Link href={`/exams/${a.id}/results`} className="font-medium text-brand-700 hover:underline">
                        Results
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="mt-2 text-slate-600">No finished exams yet.</p>
        )}
      </section>
    </>
  );
}
