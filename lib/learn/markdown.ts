/**
 * Lesson Markdown to safe HTML, server-side, with marked.
 *
 * - Raw HTML in the Markdown is shown as text, never passed through; links and images keep only
 *   safe targets (same-site paths, #anchors, http(s), mailto).
 * - Headings get ids (for the table of contents and deep links); a level-1 heading becomes level 2,
 *   since the page title is the h1.
 * - GitHub alerts (`> [!TIP]`, `> [!WARNING]`, `> [!NOTE]`, `> [!IMPORTANT]`, `> [!CAUTION]`) become styled callouts.
 * - Inline code that names a known code becomes a link to its page in the code browser (the caller
 *   decides what is known); anything else stays plain code.
 * - A paragraph that is only an image becomes a figure with a caption.
 */
import { Marked, Renderer, type Tokens } from "marked";

export interface CodeLink {
  href: string;
  /** Shown as a tooltip: "E11.9 Type 2 diabetes mellitus without complications". */
  title?: string;
}

/** Resolves the text of an inline code span to a link, or null to leave it as plain code. */
export type CodeLinker = (text: string) => CodeLink | null;

export interface Heading {
  id: string;
  text: string;
  depth: number;
}

export interface RenderedMarkdown {
  html: string;
  headings: Heading[];
  /** Inline code spans that were linked, in order of first appearance. */
  linkedCodes: string[];
  /** Inline code spans left unlinked (for the lesson checks). */
  unlinkedCodes: string[];
}

export type CalloutKind = "tip" | "warning" | "note" | "important" | "caution";

const CALLOUTS: Record<CalloutKind, { label: string; box: string; title: string; icon: string }> = {
  tip: { label: "Tip", box: "border-brand-500 bg-brand-50", title: "text-brand-900", icon: "✓" },
  warning: { label: "Common error", box: "border-amber-500 bg-amber-50", title: "text-amber-900", icon: "!" },
  note: { label: "Note", box: "border-sky-500 bg-sky-50", title: "text-sky-900", icon: "i" },
  important: { label: "Important", box: "border-violet-500 bg-violet-50", title: "text-violet-900", icon: "★" },
  caution: { label: "Caution", box: "border-rose-500 bg-rose-50", title: "text-rose-900", icon: "!" },
};

const ALERT = /^\[!(TIP|WARNING|NOTE|IMPORTANT|CAUTION)\][ \t]*(?:\r?\n)?/i;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Undoes the entity escaping marked applies to some token texts, so they can be escaped once. */
function unescapeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e] ?? "");
}

/** A heading's id: lower case words joined by hyphens ("Excludes1 vs Excludes2" -> "excludes1-vs-excludes2"). */
export function slugifyHeading(text: string): string {
  const slug = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "section";
}

/** A link or image target that is safe to put in the page, or null. */
export function safeUrl(href: string, kind: "link" | "image"): string | null {
  const url = href.trim();
  if (url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\")) return url;
  if (kind === "link" && url.startsWith("#")) return url;
  if (/^https:\/\//i.test(url)) return url;
  if (kind === "link" && /^(http:\/\/|mailto:)/i.test(url)) return url;
  return null;
}

const CLASSES = {
  h2: "group mt-12 scroll-mt-24 text-xl font-semibold tracking-tight text-slate-900 sm:text-2xl",
  h3: "group mt-8 scroll-mt-24 text-lg font-semibold text-slate-900",
  h4: "mt-6 font-semibold text-slate-900",
  anchor: "ml-2 text-slate-300 no-underline opacity-0 transition-opacity group-hover:opacity-100 focus:opacity-100",
  p: "mt-5 leading-7 text-slate-700",
  ul: "mt-5 list-disc space-y-2 pl-6 leading-7 text-slate-700 marker:text-slate-400",
  ol: "mt-5 list-decimal space-y-2 pl-6 leading-7 text-slate-700 marker:text-slate-500",
  tableWrap: "mt-6 overflow-x-auto rounded-lg ring-1 ring-slate-200",
  table: "w-full border-collapse bg-white text-left text-sm",
  th: "border-b border-slate-200 bg-slate-50 px-3 py-2 font-semibold text-slate-900",
  td: "border-t border-slate-100 px-3 py-2 align-top leading-6 text-slate-700",
  code: "rounded bg-slate-100 px-1.5 py-0.5 font-mono text-[0.875em] text-slate-800",
  codeLink:
    "code-link rounded bg-brand-50 px-1.5 py-0.5 font-mono text-[0.875em] text-brand-700 no-underline ring-1 ring-inset ring-brand-200 hover:bg-brand-100 hover:text-brand-900",
  pre: "mt-5 overflow-x-auto rounded-lg bg-slate-900 p-4 font-mono text-sm leading-6 text-slate-100",
  a: "font-medium text-brand-700 underline decoration-brand-200 underline-offset-2 hover:decoration-brand-600",
  blockquote: "mt-5 border-l-4 border-slate-200 pl-4 italic text-slate-600 [&>p:first-child]:mt-0",
  figure: "mt-8",
  img: "mx-auto max-h-[28rem] w-full rounded-lg bg-white object-contain p-2 ring-1 ring-slate-200",
  inlineImg: "inline-block max-h-16 align-middle",
  figcaption: "mt-2 text-center text-sm text-slate-500",
  hr: "my-10 border-slate-200",
  strong: "font-semibold text-slate-900",
};

class LessonRenderer extends Renderer {
  readonly headings: Heading[] = [];
  readonly linked: string[] = [];
  readonly unlinked: string[] = [];
  private readonly ids = new Map<string, number>();

  constructor(private readonly linkCode: CodeLinker | undefined) {
    super();
  }

  private plain(tokens: Tokens.Generic[]): string {
    return unescapeEntities(this.parser.parseInline(tokens, this.parser.textRenderer));
  }

  override heading({ tokens, depth }: Tokens.Heading): string {
    const text = this.plain(tokens).trim();
    const level = Math.min(4, Math.max(2, depth));
    const base = slugifyHeading(text);
    const seen = this.ids.get(base) ?? 0;
    this.ids.set(base, seen + 1);
    const id = seen === 0 ? base : `${base}-${seen + 1}`;
    if (level <= 3) this.headings.push({ id, text, depth: level });
    const cls = level === 2 ? CLASSES.h2 : level === 3 ? CLASSES.h3 : CLASSES.h4;
    const anchor = level <= 3 ? `<a href="#${id}" class="${CLASSES.anchor}" aria-label="Link to this section">#</a>` : "";
    return `<h${level} id="${id}" class="${cls}">${this.parser.parseInline(tokens)}${anchor}</h${level}>\n`;
  }

  override paragraph({ tokens }: Tokens.Paragraph): string {
    const only = tokens.length === 1 ? tokens[0] : undefined;
    if (only?.type === "image") return this.figure(only as Tokens.Image);
    return `<p class="${CLASSES.p}">${this.parser.parseInline(tokens)}</p>\n`;
  }

  private figure(token: Tokens.Image): string {
    const src = safeUrl(token.href, "image");
    const alt = escapeHtml(unescapeEntities(token.text));
    if (src === null) return `<p class="${CLASSES.p}">${alt}</p>\n`;
    const caption = token.title ? escapeHtml(token.title) : alt;
    return `<figure class="${CLASSES.figure}"><img src="${escapeHtml(src)}" alt="${alt}" loading="lazy" class="${CLASSES.img}">${caption ? `<figcaption class="${CLASSES.figcaption}">${caption}</figcaption>` : ""}</figure>\n`;
  }

  override image(token: Tokens.Image): string {
    const src = safeUrl(token.href, "image");
    const alt = escapeHtml(unescapeEntities(token.text));
    if (src === null) return alt;
    return `<img src="${escapeHtml(src)}" alt="${alt}" loading="lazy" class="${CLASSES.inlineImg}">`;
  }

  override blockquote(token: Tokens.Blockquote): string {
    const first = token.tokens[0];
    const match = first?.type === "paragraph" ? ALERT.exec((first as Tokens.Paragraph).text) : null;
    if (!match || first === undefined) return `<blockquote class="${CLASSES.blockquote}">${this.parser.parse(token.tokens)}</blockquote>\n`;
    const kind = (match[1] ?? "note").toLowerCase() as CalloutKind;
    const style = CALLOUTS[kind];
    const rest = this.stripAlertMarker(first as Tokens.Paragraph, match[0].length);
    const body = this.parser.parse(rest === null ? token.tokens.slice(1) : [rest, ...token.tokens.slice(1)]);
    return (
      `<aside class="callout callout-${kind} mt-6 rounded-r-lg border-l-4 px-5 py-4 ${style.box}" role="note" aria-label="${style.label}">` +
      `<p class="flex items-center gap-2 text-sm font-semibold uppercase tracking-wide ${style.title}"><span aria-hidden="true" class="grid h-5 w-5 place-items-center rounded-full bg-white/80 text-xs">${style.icon}</span>${style.label}</p>` +
      `<div class="[&>*:first-child]:mt-2 [&_p]:mt-2 [&_p]:text-slate-800">${body}</div></aside>\n`
    );
  }

  /** The alert's first paragraph without its "[!TIP]" marker, or null when nothing is left of it. */
  private stripAlertMarker(paragraph: Tokens.Paragraph, length: number): Tokens.Paragraph | null {
    let remaining = length;
    const inline = [...paragraph.tokens];
    while (remaining > 0 && inline.length > 0) {
      const head = inline[0];
      if (head === undefined) break;
      const raw = head.raw;
      if (raw.length <= remaining) {
        remaining -= raw.length;
        inline.shift();
        continue;
      }
      if (head.type === "text") {
        const text = raw.slice(remaining);
        inline[0] = { ...(head as Tokens.Text), raw: text, text, tokens: undefined } as Tokens.Text;
      }
      remaining = 0;
    }
    if (inline.length === 0) return null;
    return { ...paragraph, text: paragraph.text.slice(length), raw: paragraph.raw.slice(length), tokens: inline };
  }

  override list(token: Tokens.List): string {
    const tag = token.ordered ? "ol" : "ul";
    const start = token.ordered && token.start !== 1 && token.start !== "" ? ` start="${Number(token.start)}"` : "";
    let body = "";
    for (const item of token.items) body += this.listitem(item);
    return `<${tag}${start} class="${token.ordered ? CLASSES.ol : CLASSES.ul}">\n${body}</${tag}>\n`;
  }

  override listitem(item: Tokens.ListItem): string {
    // Tight lists hold bare text; loose lists hold paragraphs, whose top margin is dropped inside an item.
    const inner = this.parser.parse(item.tokens).replace(/^<p class="mt-5 /, '<p class="');
    return `<li class="pl-1 [&>p]:mt-2 [&>ul]:mt-2 [&>ol]:mt-2">${inner}</li>\n`;
  }

  override table(token: Tokens.Table): string {
    const align = (a: "center" | "left" | "right" | null) => (a === "center" ? " text-center" : a === "right" ? " text-right" : "");
    const head = token.header.map((cell) => `<th scope="col" class="${CLASSES.th}${align(cell.align)}">${this.parser.parseInline(cell.tokens)}</th>`).join("");
    const rows = token.rows
      .map((row) => `<tr>${row.map((cell) => `<td class="${CLASSES.td}${align(cell.align)}">${this.parser.parseInline(cell.tokens)}</td>`).join("")}</tr>`)
      .join("\n");
    return `<div class="${CLASSES.tableWrap}"><table class="${CLASSES.table}"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>\n`;
  }

  override codespan({ text }: Tokens.Codespan): string {
    const raw = unescapeEntities(text);
    const label = escapeHtml(raw);
    const link = this.linkCode?.(raw) ?? null;
    if (link === null) {
      if (!this.unlinked.includes(raw)) this.unlinked.push(raw);
      return `<code class="${CLASSES.code}">${label}</code>`;
    }
    if (!this.linked.includes(raw)) this.linked.push(raw);
    const title = link.title ? ` title="${escapeHtml(link.title)}"` : "";
    return `<a href="${escapeHtml(link.href)}" class="${CLASSES.codeLink}"${title}><code>${label}</code></a>`;
  }

  override code({ text }: Tokens.Code): string {
    return `<pre class="${CLASSES.pre}"><code>${escapeHtml(text.replace(/\n$/, ""))}</code></pre>\n`;
  }

  override html({ text }: Tokens.HTML | Tokens.Tag): string {
    return escapeHtml(text);
  }

  override link(token: Tokens.Link): string {
    const inner = this.parser.parseInline(token.tokens);
    const href = safeUrl(token.href, "link");
    if (href === null) return inner;
    const external = /^https?:\/\//i.test(href);
    const title = token.title ? ` title="${escapeHtml(token.title)}"` : "";
    return `<a href="${escapeHtml(href)}" class="${CLASSES.a}"${title}${external ? ' rel="noopener noreferrer"' : ""}>${inner}</a>`;
  }

  override strong({ tokens }: Tokens.Strong): string {
    return `<strong class="${CLASSES.strong}">${this.parser.parseInline(tokens)}</strong>`;
  }

  override hr(): string {
    return `<hr class="${CLASSES.hr}">\n`;
  }
}

/** Renders lesson Markdown to HTML that is safe to insert into the page. */
export function renderMarkdown(markdown: string, options: { linkCode?: CodeLinker } = {}): RenderedMarkdown {
  const renderer = new LessonRenderer(options.linkCode);
  // The renderer goes in the parse options: Marked#use would only copy an instance's own fields.
  const html = new Marked().parse(markdown, { gfm: true, breaks: false, async: false, renderer });
  return { html, headings: renderer.headings, linkedCodes: renderer.linked, unlinkedCodes: renderer.unlinked };
}
