import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/learn/badges";
import { ProgressBar } from "@/components/learn/progress-bar";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db";
import { countDue } from "@/lib/db/queries/learn-drills";
import { listLessonProgress } from "@/lib/db/queries/learn-progress";
import { overallProgress } from "@/lib/learn/progress";
import { getCatalog, getLearner } from "@/lib/learn/server";

export const metadata: Metadata = { title: "Learn" };

export default async function LearnPage() {
  const user = await getLearner("/learn");
  const catalog = getCatalog();
  const db = await getDb();
  const [rows, due] = await Promise.all([listLessonProgress(db, user.id), countDue(db, user.id, new Date())]);
  const progress = overallProgress(catalog, rows);
  const started = rows.length > 0;

  return (
    <>
      <PageHeader
        title="Learn"
        description="Lessons on anatomy, terminology and the code sets, a code browser, a PCS table builder and spaced-repetition drills."
      />

      <section aria-labelledby="resume-title" className="mb-10 grid gap-4 lg:grid-cols-3">
        <div className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200 lg:col-span-2">
          <p className="text-xs font-semibold uppercase tracking-wider text-brand-700">{started ? "Continue" : "Start here"}</p>
          {progress.resume ? (
            <>
              <h2 id="resume-title" className="mt-2 text-lg font-semibold text-slate-900">
                {progress.resume.title}
              </h2>
              <p className="mt-1 text-sm text-slate-600">
                {catalog.track(progress.resume.track)?.title} · lesson {progress.resume.order} · {progress.resume.minutes} min
              </p>
              <Link
                href={`/learn/${progress.resume.track}/${progress.resume.slug}`}
                className="mt-4 inline-flex items-center gap-2 rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700"
              >
                {started ? "Resume" : "Open the first lesson"} <span aria-hidden>→</span>
              </Link>
            </>
          ) : (
            <h2 id="resume-title" className="mt-2 text-lg font-semibold text-slate-900">
              {catalog.lessons.length ? "Every lesson is complete. Keep your drills going." : "Lessons are on their way."}
            </h2>
          )}
        </div>
        <div className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <p className="text-xs font-semibold uppercase tracking-wider text-slate-500">Your progress</p>
          <p className="mt-2 text-3xl font-bold tabular-nums text-slate-900" data-testid="overall-progress">
            {progress.completed}
            <span className="text-base font-medium text-slate-500"> / {progress.total} lessons</span>
          </p>
          <ProgressBar className="mt-3" value={progress.total ? progress.completed / progress.total : 0} label="Lessons completed" />
          <p className="mt-4 text-sm text-slate-600">
            <Link href="/learn/drills" className="font-medium text-brand-700 hover:underline">
              {due > 0 ? `${due} flashcard${due === 1 ? "" : "s"} due` : "Flashcard drills"}
            </Link>{" "}
            · <Link href="/learn/codes" className="font-medium text-brand-700 hover:underline">Code browser</Link>
          </p>
        </div>
      </section>

      <h2 className="mb-4 text-lg font-semibold text-slate-900">Tracks</h2>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {progress.tracks.map((t) => (
          <li key={t.track.id}>
            <Link
              href={`/learn/${t.track.id}`}
              className="group flex h-full flex-col rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 transition hover:shadow-md hover:ring-brand-200"
            >
              <div className="flex items-start justify-between gap-3">
                <h3 className="font-semibold text-slate-900 group-hover:text-brand-700">{t.track.title}</h3>
                {t.total > 0 && t.completed === t.total ? <Badge tone="brand">Done</Badge> : null}
              </div>
              <p className="mt-2 flex-1 text-sm leading-6 text-slate-600">{t.track.description}</p>
              {t.total > 0 ? (
                <div className="mt-4">
                  <div className="mb-1.5 flex justify-between text-xs text-slate-500">
                    <span>
                      {t.completed} of {t.total} lessons
                    </span>
                    <span>{t.track.minutes} min</span>
                  </div>
                  <ProgressBar value={t.completed / t.total} label={`${t.track.title}: lessons completed`} />
                </div>
              ) : (
                <p className="mt-4 text-xs font-medium text-slate-500">Lessons coming soon</p>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
