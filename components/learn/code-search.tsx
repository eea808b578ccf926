"use client";

import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { useRouter } from "next/navigation";
import type { SearchApiHit, SearchApiResponse } from "@/lib/learn/search-api";

const SYSTEM_LABELS: Record<string, string> = { icd10cm: "ICD-10-CM", icd10pcs: "ICD-10-PCS", hcpcs: "HCPCS", cpt: "CPT" };
const MATCH_LABELS: Record<SearchApiHit["match"], string> = { exact: "Exact code", prefix: "Starts with", term: "Title match" };
const BOOK_KEY = "codecert.bookMode";
const BOOK_EVENT = "codecert:book-mode";

/** Book mode is a per-browser preference kept in localStorage. */
function subscribeBook(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  window.addEventListener(BOOK_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(BOOK_EVENT, onChange);
  };
}

function readBook(): boolean {
  return window.localStorage.getItem(BOOK_KEY) === "1";
}

type Status = { kind: "idle" } | { kind: "loading" } | { kind: "done"; data: SearchApiResponse } | { kind: "error"; message: string };

/** As-you-type code search: arrow keys move through the results, Enter opens one. */
export function CodeSearch({
  initialQuery = "",
  initialSystem = "all",
  systems,
  examples,
}: {
  initialQuery?: string;
  initialSystem?: string;
  systems: { id: string; label: string }[];
  examples: string[];
}) {
  const id = useId();
  const router = useRouter();
  const [query, setQuery] = useState(initialQuery);
  const [system, setSystem] = useState(initialSystem);
  const book = useSyncExternalStore(subscribeBook, readBook, () => false);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [active, setActive] = useState(-1);
  const cache = useRef(new Map<string, SearchApiResponse>());
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const q = query.trim();
    const params = new URLSearchParams();
    if (q) params.set("q", query);
    if (system !== "all") params.set("system", system);
    const qs = params.toString();
    window.history.replaceState(null, "", qs ? `?${qs}` : window.location.pathname);
    if (!q) return;
    const key = `${query}\u0000${system}\u0000${book ? 1 : 0}`;
    const controller = new AbortController();
    const show = (data: SearchApiResponse) => {
      setStatus({ kind: "done", data });
      setActive(data.hits.length ? 0 : -1);
    };
    const cached = cache.current.get(key);
    const timer = window.setTimeout(
      async () => {
        if (cached) return show(cached);
        setStatus((s) => (s.kind === "done" ? s : { kind: "loading" }));
        try {
          const res = await fetch(`/api/v1/search?${new URLSearchParams({ q: query, system, book: book ? "1" : "0", limit: "20" })}`, {
            signal: controller.signal,
            headers: { accept: "application/json" },
          });
          const body: unknown = await res.json();
          if (!res.ok) {
            setStatus({ kind: "error", message: (body as { error?: { message?: string } }).error?.message ?? "The search failed." });
            return;
          }
          const data = body as SearchApiResponse;
          cache.current.set(key, data);
          show(data);
        } catch (error) {
          if ((error as Error).name !== "AbortError") setStatus({ kind: "error", message: "The search could not reach the server. Check your connection." });
        }
      },
      cached ? 0 : 90,
    );
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [query, system, book]);

  useEffect(() => {
    if (active < 0) return;
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: "nearest" });
  }, [active]);

  // A cleared box shows the examples again, whatever the last answer was.
  const shown: Status = query.trim() ? status : { kind: "idle" };
  const hits = shown.kind === "done" ? shown.data.hits : [];
  const listId = `${id}-results`;

  function open(hit: SearchApiHit | undefined) {
    if (hit) router.push(hit.href);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setActive((a) => Math.min(hits.length - 1, a + 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (event.key === "Home" && hits.length && event.ctrlKey) {
      setActive(0);
    } else if (event.key === "End" && hits.length && event.ctrlKey) {
      setActive(hits.length - 1);
    } else if (event.key === "Enter") {
      event.preventDefault();
      open(hits[active] ?? hits[0]);
    } else if (event.key === "Escape") {
      setQuery("");
    }
  }

  function toggleBook() {
    window.localStorage.setItem(BOOK_KEY, book ? "0" : "1");
    window.dispatchEvent(new Event(BOOK_EVENT));
  }

  const announcement =
    shown.kind === "loading"
      ? "Searching…"
      : shown.kind === "error"
        ? shown.message
        : shown.kind === "done"
          ? hits.length === 0
            ? `No codes match “${shown.data.query}”.`
            : `${hits.length}${shown.data.truncated ? "+" : ""} result${hits.length === 1 ? "" : "s"} for “${shown.data.query}”. Use the arrow keys and Enter to open one.`
          : "";

  return (
    <div>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex-1">
          <label htmlFor={`${id}-q`} className="block text-sm font-medium text-slate-800">
            Search codes
          </label>
          <div className="relative mt-1">
            <span aria-hidden className="pointer-events-none absolute inset-y-0 left-3 grid place-items-center text-slate-400">
              <svg viewBox="0 0 20 20" fill="currentColor" className="h-5 w-5">
                <path
                  fillRule="evenodd"
                  d="M9 3.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM2 9a7 7 0 1 1 12.45 4.39l3.58 3.58a.75.75 0 1 1-1.06 1.06l-3.58-3.58A7 7 0 0 1 2 9Z"
                  clipRule="evenodd"
                />
              </svg>
            </span>
            <input
              id={`${id}-q`}
              type="search"
              role="combobox"
              aria-expanded={hits.length > 0}
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={active >= 0 && hits[active] ? `${id}-opt-${active}` : undefined}
              aria-describedby={`${id}-hint`}
              autoComplete="off"
              spellCheck={false}
              autoFocus
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={onKeyDown}
              placeholder="A code (E11.9, 0DTJ4ZZ, J1100) or words (diabetes with hyperglycemia)"
              className="block w-full rounded-lg border border-slate-300 bg-white py-3 pl-10 pr-3 text-base text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500"
            />
          </div>
        </div>
        <div>
          <label htmlFor={`${id}-system`} className="block text-sm font-medium text-slate-800">
            Code set
          </label>
          <select
            id={`${id}-system`}
            value={system}
            onChange={(e) => setSystem(e.target.value)}
            className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-3 text-sm text-slate-900 shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500 sm:w-44"
          >
            <option value="all">All code sets</option>
            {systems.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          Typos are forgiven. ↑ ↓ to move, Enter to open, Esc to clear.
        </p>
        <button
          type="button"
          role="switch"
          aria-checked={book}
          onClick={toggleBook}
          className="group inline-flex items-center gap-2 rounded-md px-1 py-1 text-sm font-medium text-slate-700"
        >
          <span
            aria-hidden
            className={`relative inline-flex h-5 w-9 shrink-0 rounded-full transition-colors ${book ? "bg-brand-600" : "bg-slate-300"}`}
          >
            <span className={`absolute top-0.5 h-4 w-4 rounded-full bg-white shadow transition-transform ${book ? "translate-x-4" : "translate-x-0.5"}`} />
          </span>
          Book mode
          <span className="sr-only">: hide titles until you open a code, as with the printed Index and Tabular List</span>
        </button>
      </div>
      {book ? (
        <p className="mt-2 rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900 ring-1 ring-inset ring-sky-200">
          Book mode: results show codes only, as the Index points you to a code. Open one to check it against its Tabular entry before you commit.
        </p>
      ) : null}

      <p aria-live="polite" role="status" className="sr-only" data-testid="search-status">
        {announcement}
      </p>

      {shown.kind === "idle" ? (
        <div className="mt-6">
          <p className="text-sm text-slate-600">Try one of these:</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {examples.map((e) => (
              <li key={e}>
                <button
                  type="button"
                  onClick={() => setQuery(e)}
                  className="rounded-full bg-white px-3 py-1 font-mono text-sm text-slate-700 ring-1 ring-slate-200 hover:bg-brand-50 hover:text-brand-800 hover:ring-brand-200"
                >
                  {e}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {shown.kind === "error" ? (
        <p role="alert" className="mt-6 rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800 ring-1 ring-rose-200">
          {shown.message}
        </p>
      ) : null}

      {shown.kind === "done" && hits.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
          No codes match “{shown.data.query}”. Check the spelling of the code, or try fewer or different words.
        </p>
      ) : null}

      <ul
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label="Matching codes"
        className={`mt-6 divide-y divide-slate-100 overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200 ${hits.length ? "" : "hidden"}`}
      >
        {hits.map((hit, i) => (
          <li
            key={`${hit.system}:${hit.code}`}
            id={`${id}-opt-${i}`}
            data-index={i}
            role="option"
            aria-selected={i === active}
            onMouseMove={() => setActive(i)}
            onClick={() => open(hit)}
            className={`flex cursor-pointer flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:gap-4 ${i === active ? "bg-brand-50" : "bg-white"}`}
          >
            <span className={`w-28 shrink-0 font-mono text-base font-semibold ${i === active ? "text-brand-800" : "text-slate-900"}`}>{hit.display}</span>
            <span className="min-w-0 flex-1 text-sm leading-6 text-slate-700">
              {hit.title ?? <span className="italic text-slate-400">Title hidden in book mode</span>}
            </span>
            <span className="flex shrink-0 flex-wrap items-center gap-2 text-xs">
              <span className="rounded bg-slate-100 px-1.5 py-0.5 font-medium text-slate-600">{SYSTEM_LABELS[hit.system] ?? hit.system}</span>
              {hit.billable === true ? <span className="rounded bg-brand-100 px-1.5 py-0.5 font-medium text-brand-800">Billable</span> : null}
              {hit.billable === false ? <span className="rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-800">Header</span> : null}
              <span className="text-slate-400">{MATCH_LABELS[hit.match]}</span>
            </span>
          </li>
        ))}
      </ul>
      {shown.kind === "done" && shown.data.truncated ? (
        <p className="mt-3 text-xs text-slate-500">More codes match; add a word or a character to narrow the list.</p>
      ) : null}
    </div>
  );
}
