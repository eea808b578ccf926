import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/learn/badges";
import { Breadcrumbs } from "@/components/learn/breadcrumbs";
import { CompleteButton } from "@/components/learn/complete-button";
import { LessonCheck } from "@/components/learn/lesson-check";
import { CCS_DOMAINS, CPC_DOMAINS } from "@/lib/content/schema";
import { getDb } from "@/lib/db";
import { getLessonProgress } from "@/lib/db/queries/learn-progress";
import { checkQuestions, scoreCheck } from "@/lib/learn/check";
import { loadLessons } from "@/lib/learn/lessons";
import { getCatalog, getLearner, getRenderedLesson } from "@/lib/learn/server";

type Params = { params: Promise<{ track: string; slug: string }> };

const DOMAIN_LABELS: Record<string, string> = { ...CPC_DOMAINS, ...CCS_DOMAINS };

/** Every lesson, read and checked when the site is built: a broken lesson stops the build with its file and the reason. */
export function generateStaticParams(): { track: string; slug: string }[] {
  return loadLessons().map((l) => ({ track: l.track, slug: l.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { track, slug } = await params;
  const lesson = getCatalog().get(track, slug);
  return lesson ? { title: lesson.title, description: lesson.summary } : { title: "Lesson" };
}

export default async function LessonPage({ params }: Params) {
  const { track: trackId, slug } = await params;
  const user = await getLearner(`/learn/${trackId}/${slug}`);
  const catalog = getCatalog();
  const lesson = catalog.get(trackId, slug);
  const track = catalog.track(trackId);
  if (!lesson || !track) notFound();
  const [rendered, progress] = await Promise.all([getRenderedLesson(lesson), getDb().then((db) => getLessonProgress(db, user.id, lesson))]);
  const { previous, next } = catalog.neighbours(lesson);
  const stored = progress?.checkAnswers && progress.checkAnswers.length === lesson.check.length ? progress.checkAnswers : null;
  const initialCheck = stored
    ? { answers: stored, outcome: { ...scoreCheck(lesson, stored), best: progress?.bestScore ?? 0, attempts: progress?.checkAttempts ?? 1 } }
    : undefined;
  const toc = rendered.headings.filter((h) => h.depth === 2);

  return (
    <>
      <Breadcrumbs items={[{ href: "/learn", label: "Learn" }, { href: `/learn/${track.id}`, label: track.title }, { label: `Lesson ${lesson.order}` }]} />
      <div className="grid gap-12 lg:grid-cols-[minmax(0,1fr)_15rem]">
        <article className="min-w-0 max-w-[70ch]">
          <header>
            <h1 className="text-3xl font-bold leading-tight tracking-tight text-slate-900 sm:text-4xl">{lesson.title}</h1>
            <p className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2 text-sm text-slate-500">
              <span>{lesson.minutes} min lesson</span>
              <span aria-hidden>·</span>
              <span>{lesson.readingMinutes} min read</span>
              <span aria-hidden>·</span>
              <span>
                Lesson {lesson.order} of {track.lessons.length}
              </span>
              {progress?.completedAt ? <Badge tone="brand">Completed</Badge> : null}
            </p>
            <p className="mt-5 text-lg leading-8 text-slate-700">{lesson.summary}</p>
            <div className="mt-4 flex flex-wrap gap-1.5" aria-label="Exam domains">
              {lesson.domains.map((d) => (
                <Badge key={d}>{DOMAIN_LABELS[d] ?? d}</Badge>
              ))}
            </div>
          </header>

          <section aria-labelledby="objectives-title" className="mt-8 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
            <h2 id="objectives-title" className="text-sm font-semibold uppercase tracking-wider text-brand-700">
              In this lesson you will
            </h2>
            <ul className="mt-3 space-y-2 text-[0.95rem] leading-7 text-slate-700">
              {lesson.objectives.map((o) => (
                <li key={o} className="flex gap-3">
                  <span aria-hidden className="mt-2.5 h-1.5 w-1.5 shrink-0 rounded-full bg-brand-500" />
                  <span>{o}</span>
                </li>
              ))}
            </ul>
          </section>

          <div className="lesson-body text-[1.0625rem]" dangerouslySetInnerHTML={{ __html: rendered.html }} />

          <LessonCheck key={lesson.key} track={lesson.track} slug={lesson.slug} questions={checkQuestions(lesson)} initial={initialCheck} />

          <div className="mt-10 border-t border-slate-200 pt-6">
            <CompleteButton track={lesson.track} slug={lesson.slug} completedAt={progress?.completedAt?.toISOString() ?? null} />
          </div>

          <nav aria-label="Lessons" className="mt-10 grid gap-4 sm:grid-cols-2">
            {previous ? (
              <Link href={`/learn/${previous.track}/${previous.slug}`} className="group rounded-xl p-4 ring-1 ring-slate-200 hover:bg-white hover:ring-brand-200">
                <span className="text-xs font-medium text-slate-500">← Previous</span>
                <span className="mt-1 block font-medium text-slate-900 group-hover:text-brand-700">{previous.title}</span>
              </Link>
            ) : (
              <span />
            )}
            {next ? (
              <Link
                href={`/learn/${next.track}/${next.slug}`}
                rel="next"
                className="group rounded-xl p-4 text-right ring-1 ring-slate-200 hover:bg-white hover:ring-brand-200"
              >
                <span className="text-xs font-medium text-slate-500">Next →</span>
                <span className="mt-1 block font-medium text-slate-900 group-hover:text-brand-700">{next.title}</span>
              </Link>
            ) : null}
          </nav>
        </article>

        <aside className="hidden lg:block">
          <div className="sticky top-6 space-y-8">
            {toc.length > 0 ? (
              <nav aria-label="On this page">
                <p className="text-xs font-semibold uppercase tracking-wider text-slate-500">On this page</p>
                <ul className="mt-3 space-y-2 border-l border-slate-200 text-sm">
                  {toc.map((h) => (
                    <li key={h.id}>
                      <a href={`#${h.id}`} className="-ml-px block border-l border-transparent pl-3 text-slate-600 hover:border-slate-400 hover:text-slate-900">
                        {h.text}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
            <nav aria-label={track.title}>
              <p className="text-xs font-semibold uppercase tracking-wider text-slate-500">{track.title}</p>
              <ol className="mt-3 space-y-1.5 text-sm">
                {track.lessons.map((l) => (
                  <li key={l.key}>
                    <Link
                      href={`/learn/${l.track}/${l.slug}`}
                      aria-current={l.key === lesson.key ? "page" : undefined}
                      className={`block rounded px-2 py-1 ${l.key === lesson.key ? "bg-brand-50 font-medium text-brand-800" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900"}`}
                    >
                      {l.order}. {l.title}
                    </Link>
                  </li>
                ))}
              </ol>
            </nav>
          </div>
        </aside>
      </div>
    </>
  );
}
