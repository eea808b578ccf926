/**
 * Flashcard decks generated from the lessons, deterministically: the same lessons give the same
 * cards with the same ids, so a student's review history survives a rebuild.
 *
 * - Markdown tables whose first column is headed "Prefix", "Suffix", "Combining form", "Abbreviation",
 *   "Root operation", "Modifier", "Term" or "Eponym" give one card per row: the first column is the front,
 *   the second the back, the others extra detail. A table headed "Abbreviation | Meaning | Abbreviation | Meaning"
 *   gives two cards per row.
 * - Each lesson's check-your-understanding questions (front matter) give one card each: the question
 *   (with its options) on the front, the right answer and the rationale on the back.
 */
import { Lexer, type Token, type Tokens } from "marked";
import type { Lesson } from "./lessons";

export type DeckId = "word-parts" | "abbreviations" | "root-operations" | "modifiers" | "terms" | "checks";

export interface DeckInfo {
  id: DeckId;
  title: string;
  description: string;
}

export const DECKS: readonly DeckInfo[] = [
  { id: "word-parts", title: "Word parts", description: "Prefixes, suffixes, word roots and combining forms from the terminology lessons." },
  { id: "abbreviations", title: "Abbreviations", description: "Abbreviations met in medical records, and what they mean for coding." },
  { id: "root-operations", title: "PCS root operations", description: "The objective of each ICD-10-PCS root operation and its value." },
  { id: "modifiers", title: "Modifiers", description: "CPT and HCPCS Level II modifiers and when they apply." },
  { id: "terms", title: "Key terms and eponyms", description: "Definitions from the terminology and compliance lessons." },
  { id: "checks", title: "Guidelines and lesson checks", description: "Every lesson's check-your-understanding questions, with their rationales." },
];

export const DECK_IDS = DECKS.map((d) => d.id);

const HEADER_DECKS: [RegExp, DeckId][] = [
  [/^(prefix|suffix|word root|root|combining form)(es|s)?$/, "word-parts"],
  [/^abbreviations?$/, "abbreviations"],
  [/^root operations?( \(value\))?$/, "root-operations"],
  [/^modifiers?$/, "modifiers"],
  [/^(term|eponym)s?$/, "terms"],
];

export interface Flashcard {
  /** Stable: "<deck>:<front, slugged>" (the first lesson to define a front wins) or "checks:<lesson key>:<n>". */
  id: string;
  deck: DeckId;
  /** What the front shows, e.g. "Prefix" or "Modifier". */
  prompt: string;
  front: string;
  /** Options shown under a check question. */
  choices?: string[];
  back: string;
  /** Extra lines shown with the answer ("Example: monoplegia"). */
  details: string[];
  lesson: { key: string; title: string; track: string; slug: string };
}

/** Plain text of inline Markdown: emphasis, code marks and links dropped, entities decoded. */
export function plainText(tokens: readonly Token[] | undefined, fallback = ""): string {
  if (!tokens) return fallback;
  let out = "";
  for (const t of tokens) {
    if ("tokens" in t && Array.isArray(t.tokens) && t.type !== "codespan") out += plainText(t.tokens as Token[], "text" in t ? String(t.text) : "");
    else if (t.type === "br") out += " ";
    else if ("text" in t) out += String(t.text);
  }
  return out
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "x"
  );
}

function tablesOf(tokens: readonly Token[]): Tokens.Table[] {
  const out: Tokens.Table[] = [];
  for (const t of tokens) {
    if (t.type === "table") out.push(t as Tokens.Table);
    else if ("tokens" in t && Array.isArray(t.tokens)) out.push(...tablesOf(t.tokens as Token[]));
  }
  return out;
}

function deckOfHeader(header: string): DeckId | undefined {
  const h = header.toLowerCase().trim();
  return HEADER_DECKS.find(([re]) => re.test(h))?.[1];
}

/** Cards from the tables of one lesson. */
export function tableCards(lesson: Lesson): Flashcard[] {
  const cards: Flashcard[] = [];
  const ref = { key: lesson.key, title: lesson.title, track: lesson.track, slug: lesson.slug };
  for (const table of tablesOf(new Lexer({ gfm: true }).lex(lesson.body))) {
    const headers = table.header.map((c) => plainText(c.tokens, c.text));
    const first = headers[0] ?? "";
    const deck = deckOfHeader(first);
    if (deck === undefined || headers.length < 2) continue;
    // "Abbreviation | Meaning | Abbreviation | Meaning": two pairs per row.
    const paired = headers.length === 4 && headers[2] === first && headers[3] === headers[1];
    const starts = paired ? [0, 2] : [0];
    for (const row of table.rows) {
      const cells = row.map((c) => plainText(c.tokens, c.text));
      for (const s of starts) {
        const front = cells[s] ?? "";
        const back = cells[s + 1] ?? "";
        if (!front || !back) continue;
        const details = paired
          ? []
          : cells
              .slice(2)
              .map((v, i) => (v ? `${headers[i + 2] ?? ""}: ${v}` : ""))
              .filter(Boolean);
        const prompt = first.replace(/\s*\(value\)$/i, "");
        cards.push({ id: `${deck}:${slug(front)}`, deck, prompt, front, back, details, lesson: ref });
      }
    }
  }
  return cards;
}

/** Cards from the check-your-understanding questions of one lesson. */
export function checkCards(lesson: Lesson): Flashcard[] {
  const ref = { key: lesson.key, title: lesson.title, track: lesson.track, slug: lesson.slug };
  return lesson.check.map((q, i) => ({
    id: `checks:${lesson.key}:${i + 1}`,
    deck: "checks" as const,
    prompt: `Check · ${lesson.title}`,
    front: q.question,
    choices: q.options,
    back: q.options[q.answer] ?? "",
    details: [q.rationale],
    lesson: ref,
  }));
}

export interface DeckSet {
  decks: (DeckInfo & { cards: Flashcard[] })[];
  byId: Map<string, Flashcard>;
}

/** Every deck from the lessons, in lesson order; a card id seen twice keeps its first card. */
export function generateDecks(lessons: readonly Lesson[]): DeckSet {
  const byId = new Map<string, Flashcard>();
  for (const lesson of lessons) {
    for (const card of [...tableCards(lesson), ...checkCards(lesson)]) if (!byId.has(card.id)) byId.set(card.id, card);
  }
  const all = [...byId.values()];
  return { decks: DECKS.map((d) => ({ ...d, cards: all.filter((c) => c.deck === d.id) })), byId };
}
