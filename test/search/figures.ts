// Top-1 and top-3 of Search Roadmap on learner questions (questions.json): what the question wants
// (`skill:<id>`, `faq:<id>`, `level:<id>`, `section:<id>` or `command:next`) among the first hits.
import type { RoadmapHit } from '../../src/core/search';

export interface Question { q: string; want: string; also: string[]; lang: string; set: string }

/** The target a hit is, in the questions' terms. */
export function targetOf(hit: RoadmapHit): string {
  switch (hit.kind) {
    case 'skill':
    case 'practice':
      return `skill:${hit.id}`;
    case 'faq':
    case 'level':
    case 'command':
      return `${hit.kind}:${hit.id}`;
    case 'resource':
      return `resource:${hit.id}`;
    default:
      return `section:${hit.id}`;
  }
}

export function questionsFigures(questions: readonly Question[], ask: (q: string, lang: string) => readonly RoadmapHit[]): { n: number; top1: number; top3: number; wrong: string[] } {
  let top1 = 0;
  let top3 = 0;
  const wrong: string[] = [];
  for (const q of questions) {
    const right = new Set([q.want, ...q.also]);
    const got = ask(q.q, q.lang).slice(0, 3).map(targetOf);
    if (got[0] && right.has(got[0])) top1++;
    if (got.some((t) => right.has(t))) top3++;
    else wrong.push(`"${q.q}" wants ${q.want}; got ${got.join(', ') || 'nothing'}`);
    if (got[0] && !right.has(got[0]) && got.some((t) => right.has(t))) wrong.push(`(2nd/3rd) "${q.q}" wants ${q.want}; got ${got.join(', ')}`);
  }
  return { n: questions.length, top1: top1 / questions.length, top3: top3 / questions.length, wrong };
}
