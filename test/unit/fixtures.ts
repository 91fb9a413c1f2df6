// Shared test data: a minimal valid roadmap (a fresh mutable copy each call) and the shipped one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRoadmap, parseRoadmapJson } from '../../src/core/parseRoadmap';
import { applyOverlay } from '../../src/core/overlay';
import type { Roadmap } from '../../src/core/roadmap';

export const ROOT = join(__dirname, '..', '..', '..');
export const SHIPPED_PATH = join(ROOT, 'data', 'roadmap.json');

let shipped: Roadmap | undefined;
export function shippedRoadmap(): Roadmap {
  return (shipped ??= parseRoadmapJson(readFileSync(SHIPPED_PATH, 'utf8'), 'data/roadmap.json'));
}

let spanish: Roadmap | undefined;
/** The shipped roadmap with its Spanish overlay, as a Spanish-speaking learner gets it. */
export function spanishRoadmap(): Roadmap {
  const raw = JSON.parse(readFileSync(SHIPPED_PATH, 'utf8'));
  return (spanish ??= parseRoadmap(applyOverlay(raw, JSON.parse(readFileSync(join(ROOT, 'data', 'l10n', 'roadmap.es.json'), 'utf8'))).value));
}

const skill = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: id.replace(/-/g, ' '),
  summary: `summary of ${id}`,
  description: `description of ${id}`,
  keyPoints: ['a point'],
  aliases: [],
  keywords: [],
  ...extra,
});
const practice = (id: string, extra: Record<string, unknown> = {}) => ({ id, title: id, summary: `do ${id}`, ...extra });
const level = (id: string, milestonePhases: string[]) => ({
  id, title: id, role: id, years: { label: '1', min: 1 }, summary: 's', focus: ['f'], industries: ['i'],
  salary: { label: '$1', currency: 'USD', min: 1, max: 2 }, milestonePhases,
});

/** A small valid roadmap: two phases (a, b), each with skills and a practice item, three levels. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function minimalRoadmap(): any {
  return {
    schemaVersion: 1,
    id: 'test',
    title: 'Test roadmap',
    summary: 'For tests.',
    overview: {
      yearsToSenior: { label: '5–10 years', min: 5, max: 10 },
      hoursPerWeek: { label: '10–20', min: 10, max: 20 },
      stats: [],
      levels: [],
    },
    phases: [
      {
        id: 'a', number: 1, title: 'A', level: 'Beginner', duration: { label: '1 month', minMonths: 1, maxMonths: 1 }, summary: 'first',
        skills: [skill('a1'), skill('a2', { prerequisites: ['a1'] }), skill('a3')],
        practice: [practice('a-practice', { skills: ['a1'] })],
      },
      {
        id: 'b', number: 2, title: 'B', level: 'Intermediate', duration: { label: '2 months', minMonths: 2, maxMonths: 2 }, summary: 'second',
        groups: [{ id: 'g', title: 'G', summary: 'group' }],
        skills: [skill('b1', { group: 'g', prerequisites: ['a2'] }), skill('b2', { group: 'g' })],
        practice: [practice('b-practice')],
      },
    ],
    careers: {
      threshold: 0.7,
      levels: [level('entry', ['a']), level('mid', ['a', 'b']), level('senior', ['a', 'b'])],
      salaryNote: 'note',
      aiPremium: { minPercent: 15, maxPercent: 25, note: 'ai' },
    },
    responsibilities: [],
    hiring: [],
    trends: [],
    faqs: [{ id: 'q', question: 'Q?', answer: 'A.', skills: ['a1'], source: 'roadmap' }],
    tips: [],
    nextSteps: [],
    finalAdvice: ['keep going'],
    resources: [{ id: 'r', title: 'R', kind: 'docs', url: 'https://example.org', summary: 'r' }],
  };
}
