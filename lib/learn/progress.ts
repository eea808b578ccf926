/** A student's progress through the lessons, summarised per track and overall. */
import type { Lesson, LessonCatalog, Track } from "./lessons";

export interface ProgressEntry {
  track: string;
  slug: string;
  completedAt: Date | null;
  checkScore: number | null;
  bestScore: number | null;
}

export interface TrackProgress {
  track: Track;
  completed: number;
  total: number;
  /** Average best check score over the lessons checked, or null. */
  averageScore: number | null;
  /** The first lesson of the track not yet completed. */
  next: Lesson | undefined;
}

export function progressByKey(rows: readonly ProgressEntry[]): Map<string, ProgressEntry> {
  return new Map(rows.map((r) => [`${r.track}/${r.slug}`, r]));
}

export function trackProgress(track: Track, byKey: ReadonlyMap<string, ProgressEntry>): TrackProgress {
  let completed = 0;
  const scores: number[] = [];
  let next: Lesson | undefined;
  for (const lesson of track.lessons) {
    const p = byKey.get(lesson.key);
    if (p?.completedAt) completed++;
    else next ??= lesson;
    if (p?.bestScore !== null && p?.bestScore !== undefined) scores.push(p.bestScore);
  }
  return {
    track,
    completed,
    total: track.lessons.length,
    averageScore: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
    next,
  };
}

export interface OverallProgress {
  tracks: TrackProgress[];
  completed: number;
  total: number;
  /** Where to go next: the first incomplete lesson after the most recently completed one, else the first incomplete. */
  resume: Lesson | undefined;
}

export function overallProgress(catalog: LessonCatalog, rows: readonly ProgressEntry[]): OverallProgress {
  const byKey = progressByKey(rows);
  const tracks = catalog.tracks.map((t) => trackProgress(t, byKey));
  const latest = [...rows].filter((r) => r.completedAt).sort((a, b) => (b.completedAt?.getTime() ?? 0) - (a.completedAt?.getTime() ?? 0))[0];
  let resume: Lesson | undefined;
  if (latest) {
    const i = catalog.lessons.findIndex((l) => l.track === latest.track && l.slug === latest.slug);
    resume = catalog.lessons.slice(i + 1).find((l) => !byKey.get(l.key)?.completedAt);
  }
  resume ??= catalog.lessons.find((l) => !byKey.get(l.key)?.completedAt);
  return {
    tracks,
    completed: tracks.reduce((n, t) => n + t.completed, 0),
    total: catalog.lessons.length,
    resume,
  };
}
