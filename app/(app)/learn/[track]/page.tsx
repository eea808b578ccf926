import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/learn/badges";
import { Breadcrumbs } from "@/components/learn/breadcrumbs";
import { ProgressBar } from "@/components/learn/progress-bar";
import { getDb } from "@/lib/db";
import { listLessonProgress } from "@/lib/db/queries/learn-progress";
import { progressByKey, trackProgress } from "@/lib/learn/progress";
import { getCatalog, getLearner } from "@/lib/learn/server";

type Params = { params: Promise<{ track: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { track } = await params;
  return { title: getCatalog().track(track)?.title ?? "Track" };
}

export default async function TrackPage({ params }: Params) {
  const { track: trackId } = await params;
  const user = await getLearner(`/learn/${trackId}`);
  const track = getCatalog().track(trackId);
  if (!track) notFound();
  const byKey = progressByKey(await listLessonProgress(await getDb(), user.id));
  const summary = trackProgress(track, byKey);

  return (
    <>
      <Breadcrumbs items={[{ href: "/learn", label: "Learn" }, { label: track.title }]} />
      <header className="mb-8 flex flex-col gap-6 border-b border-slate-200 pb-6 md:flex-row md:items-end md:justify-between">
        <div className="max-w-2xl">
          <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{track.title}</h1>
          <p className="mt-2 text-base text-slate-600">{track.description}</p>
        </div>
        {summary.total > 0 ? (
          <div className="w-full md:w-64">
            <p className="mb-1.5 text-sm text-slate-600" data-testid="track-progress">
              {summary.completed} of {summary.total} lessons completed
            </p>
            <ProgressBar value={summary.completed / summary.total} label={`${track.title}: lessons completed`} />
          </div>
        ) : null}
      </header>

      {track.lessons.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-slate-600">The lessons of this track are being written. Check back soon.</p>
      ) : (
        <ol className="space-y-3">
          {track.lessons.map((lesson) => {
            const p = byKey.get(lesson.key);
            const done = Boolean(p?.completedAt);
            return (
              <li key={lesson.key}>
                <Link
                  href={`/learn/${lesson.track}/${lesson.slug}`}
                  className="group flex gap-4 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 transition hover:shadow-md hover:ring-brand-200"
                >
                  <span
                    aria-hidden
                    className={`grid h-9 w-9 shrink-0 place-items-center rounded-full text-sm font-semibold ${
                      done ? "bg-brand-600 text-white" : "bg-slate-100 text-slate-600 ring-1 ring-inset ring-slate-200"
                    }`}
                  >
                    {done ? "✓" : lesson.order}
                  </span>
                  <span className="min-w-0 flex-1">
                    <span className="flex flex-wrap items-center gap-2">
                      <span className="font-semibold text-slate-900 group-hover:text-brand-700">{lesson.title}</span>
                      {done ? <Badge tone="brand">Completed</Badge> : null}
                      {p?.bestScore !== null && p?.bestScore !== undefined ? <Badge tone="sky">Check {Math.round(p.bestScore * 100)}%</Badge> : null}
                    </span>
                    <span className="mt-1 block text-sm leading-6 text-slate-600">{lesson.summary}</span>
                    <span className="mt-2 block text-xs text-slate-500">
                      {lesson.minutes} min · {lesson.readingMinutes} min read · {lesson.check.length} check questions
                    </span>
                  </span>
                </Link>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
