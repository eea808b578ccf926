/**
 * A thin strict layer over saxes for the release XML files: streams the file through
 * openText (plain, .gz or zip-member bytes; strict UTF-8), keeps the element stack and the
 * direct text of each element, and turns every well-formedness error (or a handler's
 * complaint) into an ImportError "file:line: reason".
 */
import { SaxesParser } from "saxes";
import type { SourceFile } from "../types";
import { ImportError } from "./errors";
import { openText, type LineSource, type ReadOptions } from "./read-lines";

export interface XmlElement {
  name: string;
  attrs: Readonly<Record<string, string>>;
  /** Line of the start tag's end. */
  line: number;
}

export interface XmlContext {
  /** Stop the parse with "file:line: reason" at the parser's current line. */
  fail(reason: string): never;
  /** The parser's current line (1-based). */
  readonly line: number;
  /** Names of the open elements, root first (the current element last). */
  readonly path: readonly string[];
}

export interface XmlHandlers {
  open(el: XmlElement, ctx: XmlContext): void;
  /** `text` is the element's own text (children's text excluded), whitespace collapsed and trimmed. */
  close(el: XmlElement, text: string, ctx: XmlContext): void;
}

export interface XmlStreamResult {
  file: SourceFile;
  label: string;
  /** Number of elements read. */
  elements: number;
}

/** Collapse every run of whitespace to one space and trim (XML indentation inside text). */
export function collapseSpace(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

const SAXES_POSITION = /^(?:[^\n]*?:)?\d+:\d+: ([\s\S]*)$/;

/** Streams an XML release file through the handlers. */
export async function streamXml(source: LineSource, handlers: XmlHandlers, opts: ReadOptions = {}): Promise<XmlStreamResult> {
  const reader = openText(source, opts);
  const label = reader.label;
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  const texts: string[][] = [];
  const path: string[] = [];
  let elements = 0;
  const ctx: XmlContext = {
    fail(reason: string): never {
      throw new ImportError(label, parser.line, reason);
    },
    get line() {
      return parser.line;
    },
    path,
  };
  parser.on("error", (err: Error) => {
    const m = SAXES_POSITION.exec(err.message);
    throw new ImportError(label, parser.line, `malformed XML: ${m?.[1] ?? err.message}`);
  });
  parser.on("opentag", (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = typeof v === "string" ? v : v.value;
    const el: XmlElement = { name: tag.name, attrs, line: parser.line };
    stack.push(el);
    texts.push([]);
    path.push(tag.name);
    elements++;
    handlers.open(el, ctx);
  });
  parser.on("text", (t: string) => {
    const top = texts[texts.length - 1];
    if (top !== undefined) top.push(t);
  });
  parser.on("cdata", (t: string) => {
    const top = texts[texts.length - 1];
    if (top !== undefined) top.push(t);
  });
  parser.on("closetag", () => {
    const el = stack.pop();
    const parts = texts.pop();
    if (el === undefined || parts === undefined) return;
    const text = parts.length === 0 ? "" : collapseSpace(parts.join(""));
    handlers.close(el, text, ctx);
    path.pop();
  });
  for await (const chunk of reader) parser.write(chunk);
  parser.close();
  if (elements === 0) throw new ImportError(label, 0, "the file holds no XML element");
  return { file: { name: reader.name, sha256: reader.sha256(), records: elements }, label, elements };
}
