/**
 * Which date to read each code system at. Learners look codes up "today", but a site may hold only
 * sets whose year has ended (the teaching set is FY2026) or not begun: then the most recent set that
 * has started is read, so the browser never goes blank.
 */
import type { CodeLibrary, CodeSystem } from "../types";

/** A fixed date, or one per system. */
export type DatePick = string | ((system: CodeSystem) => string);

export function dateOf(pick: DatePick, system: CodeSystem): string {
  return typeof pick === "string" ? pick : pick(system);
}

/** The date at which to read `system`: `today` when a set is in force then, else the last day of the latest set that has started (or the first day of the earliest). */
export function readingDate(library: CodeLibrary, system: CodeSystem, today: string): string {
  const metas = library.sets.filter((m) => m.kind === system);
  if (metas.length === 0) return today;
  const inForce = (d: string) => metas.some((m) => m.effectiveFrom <= d && (m.effectiveTo === null || m.effectiveTo >= d));
  if (inForce(today)) return today;
  const started = metas.filter((m) => m.effectiveFrom <= today).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1));
  const latest = started[0];
  if (latest) return latest.effectiveTo ?? latest.effectiveFrom;
  const earliest = [...metas].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1))[0];
  return earliest?.effectiveFrom ?? today;
}

/** A picker that reads every system of the library at its reading date for `today`. */
export function readingDates(library: CodeLibrary, today: string): (system: CodeSystem) => string {
  const cache = new Map<CodeSystem, string>();
  return (system) => {
    let d = cache.get(system);
    if (d === undefined) {
      d = readingDate(library, system, today);
      cache.set(system, d);
    }
    return d;
  };
}
