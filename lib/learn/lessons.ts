/**
 * Lessons: Markdown files with YAML front matter in content/lessons/<track>/<slug>.md.
 *
 * Every file is read and checked (front matter against lessonFrontmatterSchema, slug = file name,
 * track = folder, no two lessons of a track with the same order, images that exist in public/).
 * loadLessons() throws one LessonLoadError naming every broken file and why, so a broken lesson fails
 * the unit tests and the build instead of a page at run time.
 */
import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { lessonFrontmatterSchema, TRACKS, type LessonFrontmatter } from "../content/schema";

export type TrackId = keyof typeof TRACKS;
export const TRACK_IDS = Object.keys(TRACKS) as TrackId[];

export interface Lesson extends LessonFrontmatter {
  /** "icd10pcs/icd10pcs-seven-characters-and-sections". */
  key: string;
  /** Path from the project root, for messages. */
  file: string;
  /** The Markdown after the front matter. */
  body: string;
  words: number;
  /** Minutes to read the text at 200 words a minute (the front matter's `minutes` also counts the exercises). */
  readingMinutes: number;
}

export interface Track {
  id: TrackId;
  title: string;
  description: string;
  lessons: Lesson[];
  minutes: number;
}

export interface LessonIssue {
  file: string;
  reason: string;
}

export class LessonLoadError extends Error {
  readonly issues: LessonIssue[];
  constructor(issues: LessonIssue[]) {
    super(`${issues.length} lesson problem${issues.length === 1 ? "" : "s"}:\n${issues.map((i) => `  ${i.file}: ${i.reason}`).join("\n")}`);
    this.name = "LessonLoadError";
    this.issues = issues;
  }
}

export const TRACK_DESCRIPTIONS: Record<TrackId, string> = {
  anatomy: "Each body system, its structures and the words that drive code choice, tied to the ICD-10-CM chapter and CPT subsection that code it.",
  terminology: "Word roots, prefixes, suffixes and combining forms; building and dissecting terms; abbreviations and eponyms.",
  icd10cm: "Structure and conventions, the official guidelines section by section, and chapter-specific topics.",
  icd10pcs: "The seven characters, sections, root operations and how to choose between them, and building codes from the tables.",
  cpt: "Structure and coding logic in plain words: E/M, surgery packages, anesthesia, radiology, pathology, medicine and modifiers.",
  hcpcs: "HCPCS Level II codes for supplies, drugs and services, and its modifiers.",
  compliance: "HIPAA, NCCI and MUEs, fraud and abuse, claim forms and the payment systems at exam level.",
};

const WORDS_PER_MINUTE = 200;

export function defaultLessonsDir(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), "content", "lessons");
}

function defaultPublicDir(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), "public");
}

/** Words of running text: code blocks, table rules and Markdown punctuation left out. */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/\|[-:| ]+\|/g, " ")
    .replace(/[#>*_|`[\]()]/g, " ");
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return words ? words.length : 0;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

function formatZodPath(p: readonly PropertyKey[]): string {
  return p.length === 0 ? "front matter" : p.map((k) => String(k)).join(".");
}

/**
 * Parses one lesson file. `relFile` is "content/lessons/<track>/<slug>.md" (used for messages and to
 * check the slug and track against the path).
 */
export type ParsedLesson = { lesson: Lesson; issues: [] } | { lesson: null; issues: LessonIssue[] };

export function parseLesson(relFile: string, text: string, publicDir?: string): ParsedLesson {
  const issues: LessonIssue[] = [];
  const fail = (reason: string): ParsedLesson => ({ lesson: null, issues: [{ file: relFile, reason }] });
  const src = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!src.startsWith("---\n")) return fail("the file must start with YAML front matter between two '---' lines");
  const end = src.indexOf("\n---", 3);
  if (end === -1) return fail("the front matter is not closed by a '---' line");
  const afterFence = src.indexOf("\n", end + 4);
  const yamlText = src.slice(4, end + 1);
  const body = afterFence === -1 ? "" : src.slice(afterFence + 1);
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    const message = error instanceof YAMLParseError ? error.message.split("\n")[0] : String(error);
    return fail(`the front matter is not valid YAML: ${message}`);
  }
  const parsed = lessonFrontmatterSchema.safeParse(data);
  if (!parsed.success) {
    return { lesson: null, issues: parsed.error.issues.map((i) => ({ file: relFile, reason: `${formatZodPath(i.path)}: ${i.message}` })) };
  }
  const fm = parsed.data;
  const base = path.basename(relFile, ".md");
  const folder = path.basename(path.dirname(relFile));
  if (fm.slug !== base) issues.push({ file: relFile, reason: `slug "${fm.slug}" does not match the file name "${base}.md"` });
  if (fm.track !== folder) issues.push({ file: relFile, reason: `track "${fm.track}" does not match the folder "${folder}"` });
  if (body.trim().length < 200) issues.push({ file: relFile, reason: "the lesson text is missing or shorter than 200 characters" });
  if (publicDir !== undefined) {
    for (const m of body.matchAll(/!\[[^\]]*\]\((\/[^)\s]+)/g)) {
      const src = m[1] ?? "";
      if (!fs.existsSync(path.join(publicDir, decodeURIComponent(src)))) issues.push({ file: relFile, reason: `image ${src} is not in public/` });
    }
  }
  fm.check.forEach((q, i) => {
    if (new Set(q.options.map((o) => o.trim().toLowerCase())).size !== q.options.length) {
      issues.push({ file: relFile, reason: `check.${i}: two options have the same text` });
    }
  });
  if (issues.length > 0) return { lesson: null, issues };
  const words = countWords(body);
  return {
    lesson: { ...fm, key: `${fm.track}/${fm.slug}`, file: relFile, body, words, readingMinutes: readingMinutes(words) },
    issues: [],
  };
}

export interface LoadResult {
  lessons: Lesson[];
  issues: LessonIssue[];
}

/** Reads every lesson under dir, collecting problems instead of stopping at the first. */
export function readLessons(dir: string = defaultLessonsDir(), publicDir: string | undefined = defaultPublicDir()): LoadResult {
  const lessons: Lesson[] = [];
  const issues: LessonIssue[] = [];
  const root = path.dirname(path.dirname(dir));
  const rel = (p: string) => path.relative(root, p).split(path.sep).join("/");
  if (!fs.existsSync(dir)) return { lessons, issues: [{ file: rel(dir), reason: "the lessons folder does not exist" }] };
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (!entry.isDirectory()) {
      if (entry.name.endsWith(".md")) issues.push({ file: rel(full), reason: "lessons live in a track folder: content/lessons/<track>/<slug>.md" });
      continue;
    }
    if (!(TRACK_IDS as string[]).includes(entry.name)) {
      issues.push({ file: rel(full), reason: `"${entry.name}" is not a track (${TRACK_IDS.join(", ")})` });
      continue;
    }
    for (const file of fs.readdirSync(full).sort()) {
      if (!file.endsWith(".md")) continue;
      const filePath = path.join(full, file);
      const result = parseLesson(rel(filePath), fs.readFileSync(filePath, "utf8"), publicDir);
      if (result.lesson) lessons.push(result.lesson);
      else issues.push(...result.issues);
    }
  }
  const orders = new Map<string, Lesson>();
  for (const lesson of lessons) {
    const k = `${lesson.track}#${lesson.order}`;
    const other = orders.get(k);
    if (other) issues.push({ file: lesson.file, reason: `order ${lesson.order} is already used in track ${lesson.track} by ${other.file}` });
    else orders.set(k, lesson);
  }
  lessons.sort((a, b) => TRACK_IDS.indexOf(a.track) - TRACK_IDS.indexOf(b.track) || a.order - b.order || a.slug.localeCompare(b.slug));
  return { lessons, issues };
}

/** Every lesson, or a LessonLoadError listing each broken file and the reason. */
export function loadLessons(dir?: string, publicDir?: string): Lesson[] {
  const { lessons, issues } = readLessons(dir, publicDir);
  if (issues.length > 0) throw new LessonLoadError(issues);
  return lessons;
}

export interface LessonCatalog {
  tracks: Track[];
  lessons: Lesson[];
  get(track: string, slug: string): Lesson | undefined;
  track(id: string): Track | undefined;
  /** Previous and next lesson in reading order: through a track, then on to the next track. */
  neighbours(lesson: Lesson): { previous?: Lesson; next?: Lesson };
}

export function createCatalog(lessons: Lesson[]): LessonCatalog {
  const byKey = new Map(lessons.map((l) => [l.key, l]));
  const tracks: Track[] = TRACK_IDS.map((id) => {
    const own = lessons.filter((l) => l.track === id).sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
    return { id, title: TRACKS[id], description: TRACK_DESCRIPTIONS[id], lessons: own, minutes: own.reduce((n, l) => n + l.minutes, 0) };
  });
  const order = tracks.flatMap((t) => t.lessons);
  return {
    tracks,
    lessons: order,
    get: (track, slug) => byKey.get(`${track}/${slug}`),
    track: (id) => tracks.find((t) => t.id === id),
    neighbours(lesson) {
      const i = order.findIndex((l) => l.key === lesson.key);
      const out: { previous?: Lesson; next?: Lesson } = {};
      const previous = i > 0 ? order[i - 1] : undefined;
      const next = i >= 0 ? order[i + 1] : undefined;
      if (previous) out.previous = previous;
      if (next) out.next = next;
      return out;
    },
  };
}

let cached: LessonCatalog | undefined;

/** The catalog of every lesson, read once per process in production (every call in development, to pick up edits). */
export function getLessonCatalog(): LessonCatalog {
  if (cached && process.env.NODE_ENV === "production") return cached;
  cached = createCatalog(loadLessons());
  return cached;
}
