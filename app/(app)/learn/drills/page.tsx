import type { Metadata } from "next";
import Link from "next/link";
import { ReviewSession, type SessionCard } from "@/components/learn/review-session";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db";
import { countReviewsSince, getCardStates, recallSince } from "@/lib/db/queries/learn-drills";
import { DECK_IDS, type DeckId } from "@/lib/learn/decks";
import { buildQueue, drillStats, startOfDay } from "@/lib/learn/drills";
import { getDecks, getLearner } from "@/lib/learn/server";

export const metadata: Metadata = { title: "Drills" };

type Props = { searchParams: Promise<{ deck?: string | string[] }> };

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <dt className="text-xs font-semibold uppercase tracking-wider text-slate-500">{label}</dt>
      <dd className="mt-1 text-2xl font-bold tabular-nums text-slate-900">{value}</dd>
      {hint ? <dd className="mt-0.5 text-xs text-slate-500">{hint}</dd> : null}
    </div>
  );
}

export default async function DrillsPage({ searchParams }: Props) {
  const user = await getLearner("/learn/drills");
  const { deck: rawDeck } = await searchParams;
  const wanted = Array.isArray(rawDeck) ? rawDeck[0] : rawDeck;
  const deckId = (DECK_IDS as string[]).includes(wanted ?? "") ? (wanted as DeckId) : null;
  const decks = getDecks();
  const all = [...decks.byId.values()];
  const now = new Date();
  const db = await getDb();
  const [states, today, recall] = await Promise.all([
    getCardStates(db, user.id),
    countReviewsSince(db, user.id, startOfDay(now)),
    recallSince(db, user.id, new Date(now.getTime() - 30 * 86_400_000)),
  ]);
  const selected = deckId ? (decks.decks.find((d) => d.id === deckId)?.cards ?? []) : all;
  const queue = buildQueue({ cards: selected, states, now, newToday: today.newCards, limit: 100 });
  const stats = drillStats({ cards: all, states, now, newToday: today.newCards, reviewsToday: today.reviews, recentReviews: recall });
  const session: SessionCard[] = queue.map((q) => ({
    id: q.card.id,
    prompt: q.card.prompt,
    front: q.card.front,
    ...(q.card.choices ? { choices: q.card.choices } : {}),
    back: q.card.back,
    details: q.card.details,
    lesson: { title: q.card.lesson.title, href: `/learn/${q.card.lesson.track}/${q.card.lesson.slug}` },
    isNew: q.isNew,
    intervals: q.intervals,
  }));

  return (
    <>
      <PageHeader
        title="Drills"
        description="Flashcards made from the lessons, scheduled by FSRS: each card comes back just before you would forget it. Grade honestly; the schedule adapts."
      />
      <dl className="mb-8 grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="drill-stats">
        <Stat label="Due now" value={String(stats.due)} hint={`${stats.reviewsToday} reviewed today`} />
        <Stat label="New today" value={String(stats.newAvailable)} hint="up to 20 a day" />
        <Stat label="Learned" value={String(stats.learned)} hint={`of ${stats.total} cards · ${stats.started} started`} />
        <Stat label="Retention" value={stats.retention === null ? "—" : `${Math.round(stats.retention * 100)}%`} hint="last 30 days" />
      </dl>

      <div className="grid gap-8 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <nav aria-label="Decks">
          <p className="text-xs font-semibold uppercase tracking-wider text-slate-500">Decks</p>
          <ul className="mt-3 space-y-1 text-sm">
            <li>
              <Link
                href="/learn/drills"
                aria-current={deckId === null ? "page" : undefined}
                className={`flex justify-between rounded-md px-3 py-2 ${deckId === null ? "bg-brand-50 font-medium text-brand-800" : "text-slate-700 hover:bg-slate-100"}`}
              >
                <span>All decks</span>
                <span className="tabular-nums text-slate-500">{all.length}</span>
              </Link>
            </li>
            {decks.decks.map((d) => (
              <li key={d.id}>
                <Link
                  href={`/learn/drills?deck=${d.id}`}
                  aria-current={deckId === d.id ? "page" : undefined}
                  title={d.description}
                  className={`flex justify-between rounded-md px-3 py-2 ${deckId === d.id ? "bg-brand-50 font-medium text-brand-800" : "text-slate-700 hover:bg-slate-100"}`}
                >
                  <span>{d.title}</span>
                  <span className="tabular-nums text-slate-500">{d.cards.length}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="min-w-0 max-w-3xl">
          <ReviewSession key={`${deckId ?? "all"}:${session.length}:${session[0]?.id ?? ""}`} initial={session} />
        </div>
      </div>
    </>
  );
}
