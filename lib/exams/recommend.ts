/** Study recommendations: the weakest domains of a result, each with the lessons that teach it. */
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { DomainScore } from "./scoring";

export interface LessonRef {
  track: string;
  slug: string;
  title: string;
  domains: string[];
}

let cache: LessonRef[] | undefined;

/** Titles and domains of every lesson, read from the front matter of content/lessons. */
export function lessonIndex(dir = path.join(/* turbopackIgnore: true */ process.cwd(), "content", "lessons")): LessonRef[] {
  if (cache) return cache;
  const out: LessonRef[] = [];
  if (fs.existsSync(dir)) {
    for (const track of fs.readdirSync(dir)) {
      const trackDir = path.join(dir, track);
      if (!fs.statSync(trackDir).isDirectory()) continue;
      for (const file of fs.readdirSync(trackDir).filter((f) => f.endsWith(".md"))) {
        const text = fs.readFileSync(path.join(trackDir, file), "utf8");
        const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
        if (!match?.[1]) continue;
        const front = parse(match[1]) as { title?: string; slug?: string; domains?: string[] } | null;
        if (!front?.title || !Array.isArray(front.domains)) continue;
        out.push({ track, slug: front.slug ?? file.replace(/\.md$/, ""), title: front.title, domains: front.domains });
      }
    }
  }
  cache = out;
  return out;
}

export interface Recommendation {
  domain: string;
  percent: number;
  lessons: LessonRef[];
}

/** Domains under the pass mark, weakest first (at most `limit`), with up to three lessons each. */
export function recommendStudy(domains: DomainScore[], passMark: number, lessons: LessonRef[], limit = 3): Recommendation[] {
  return domains
    .filter((d) => d.percent < passMark)
    .slice(0, limit)
    .map((d) => ({ domain: d.domain, percent: d.percent, lessons: lessons.filter((l) => l.domains.includes(d.domain)).slice(0, 3) }));
}
