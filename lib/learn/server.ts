import "server-only";
import { cache } from "react";
import type { z } from "zod";
import { requireArea, requireRoleOrThrow, type CurrentUser } from "../auth/session";
import { AREAS } from "../auth/roles";
import { getCodeLibrary } from "../codes/library";
import { readingDates } from "../coding/search/dates";
import { createLibrarySearch, type CodeSearch } from "../coding/search/index";
import type { CodeLibrary, CodeSystem } from "../coding/types";
import { getDb, type Db } from "../db";
import { isAppError } from "../errors";
import { createCodeLinker } from "./code-links";
import { generateDecks, type DeckSet } from "./decks";
import { getLessonCatalog, type Lesson, type LessonCatalog } from "./lessons";
import { renderMarkdown, type RenderedMarkdown } from "./markdown";

/** For pages: the signed-in user allowed in Learn (else sign-in or 403), once per request. */
export const getLearner = cache((returnTo?: string): Promise<CurrentUser> => requireArea("learn", returnTo));

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export interface LearnLibrary {
  library: CodeLibrary;
  /** The date each system is read at (today, or the end of the latest set when none is in force today). */
  dateOf: (system: CodeSystem) => string;
}

interface Derived {
  day: string;
  dateOf: (system: CodeSystem) => string;
  search?: CodeSearch;
  linker?: ReturnType<typeof createCodeLinker>;
  rendered: Map<string, RenderedMarkdown>;
}

const derived = new WeakMap<CodeLibrary, Derived>();

function derivedFor(library: CodeLibrary): Derived {
  const day = today();
  let d = derived.get(library);
  if (d === undefined || d.day !== day) {
    d = { day, dateOf: readingDates(library, day), rendered: new Map() };
    derived.set(library, d);
  }
  return d;
}

export async function getLearnLibrary(): Promise<LearnLibrary> {
  const library = await getCodeLibrary();
  return { library, dateOf: derivedFor(library).dateOf };
}

/** The code search over the library, built once per library and day. */
export async function getCodeSearch(): Promise<CodeSearch> {
  const library = await getCodeLibrary();
  const d = derivedFor(library);
  d.search ??= createLibrarySearch(library, d.dateOf);
  return d.search;
}

/** A lesson's HTML, with its code mentions linked to the code browser; rendered once per library and day. */
export async function getRenderedLesson(lesson: Lesson): Promise<RenderedMarkdown> {
  const library = await getCodeLibrary();
  const d = derivedFor(library);
  let r = d.rendered.get(lesson.key);
  if (r === undefined || process.env.NODE_ENV !== "production") {
    d.linker ??= createCodeLinker(library, d.dateOf);
    r = renderMarkdown(lesson.body, { linkCode: d.linker });
    d.rendered.set(lesson.key, r);
  }
  return r;
}

export function getCatalog(): LessonCatalog {
  return getLessonCatalog();
}

let decks: { catalog: LessonCatalog; set: DeckSet } | undefined;

/** The flashcard decks generated from the lessons (regenerated when the catalog is). */
export function getDecks(): DeckSet {
  const catalog = getLessonCatalog();
  if (decks === undefined || decks.catalog !== catalog) decks = { catalog, set: generateDecks(catalog.lessons) };
  return decks.set;
}

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string };

/**
 * Every Learn server action goes through here: the user must be signed in with a role allowed in Learn,
 * the input must pass the schema, and an AppError becomes a message the student can act on.
 */
export async function learnAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  act: (ctx: { user: CurrentUser; db: Db; data: z.infer<S> }) => Promise<T>,
): Promise<ActionResult<T>> {
  let user: CurrentUser;
  try {
    user = await requireRoleOrThrow(AREAS.learn.roles);
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.code === "unauthenticated" ? "Your session has ended. Sign in again to save your work." : error.message };
    throw error;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "That request is not valid." };
  try {
    return { ok: true, data: await act({ user, db: await getDb(), data: parsed.data }) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.message };
    console.error("[learn] action failed:", error);
    return { ok: false, error: "Something went wrong on our side. Try again." };
  }
}
