// The learning history as a picture's data: days with activity over the last 12 months (for a
// heatmap), the current streak, and skills learned per month. Pure; days are local dates.
import * as l10n from '@vscode/l10n';
import { shortMonths } from './text';
import type { HistoryEvent } from './journal';

export interface Activity {
  /** The first day shown (a Sunday, so weeks line up), and the last (today), as yyyy-mm-dd. */
  readonly from: string;
  readonly to: string;
  /** One number per day from `from` to `to`: status changes that day. */
  readonly days: readonly number[];
  /** Days in a row, ending today or yesterday, with a status change. */
  readonly streak: number;
  readonly longestStreak: number;
  readonly activeDays: number;
  readonly changes: number;
  /** The last 12 months, oldest first: skills marked learned in each (a skill counts once a month). */
  readonly months: readonly { month: string; learned: number }[];
}

const pad = (n: number) => String(n).padStart(2, '0');
export const dayKey = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const monthKey = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;

/** `learnable`: ids that count as skills learned (the roadmap's); others still count as activity. */
export function activityOf(history: readonly HistoryEvent[], now = new Date(), learnable: (id: string) => boolean = () => true): Activity {
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const start = new Date(today.getFullYear() - 1, today.getMonth(), today.getDate() + 1);
  start.setDate(start.getDate() - start.getDay()); // back to Sunday
  const index = new Map<string, number>();
  const keys: string[] = [];
  for (let d = new Date(start); d <= today; d.setDate(d.getDate() + 1)) {
    index.set(dayKey(d), keys.length);
    keys.push(dayKey(d));
  }
  const days = keys.map(() => 0);
  const perDay = new Map<string, number>();
  const monthList: string[] = [];
  for (let m = 11; m >= 0; m--) monthList.push(monthKey(new Date(today.getFullYear(), today.getMonth() - m, 1)));
  const learnedIn = new Map<string, Set<string>>(monthList.map((m) => [m, new Set()]));
  let changes = 0;
  for (const e of history) {
    const d = new Date(e.at);
    if (Number.isNaN(d.getTime())) continue;
    const k = dayKey(d);
    perDay.set(k, (perDay.get(k) ?? 0) + 1);
    const i = index.get(k);
    if (i !== undefined) {
      days[i]!++;
      changes++;
    }
    if (e.status === 'learned' && learnable(e.id)) learnedIn.get(monthKey(d))?.add(e.id);
  }
  // streaks over every day with activity, not just the 12 months shown
  const sorted = [...perDay.keys()].sort();
  let longest = 0;
  let run = 0;
  let prev: string | undefined;
  for (const k of sorted) {
    run = prev && nextDay(prev) === k ? run + 1 : 1;
    longest = Math.max(longest, run);
    prev = k;
  }
  let streak = 0;
  const yesterday = new Date(today);
  yesterday.setDate(today.getDate() - 1);
  for (let d = perDay.has(dayKey(today)) ? new Date(today) : yesterday; perDay.has(dayKey(d)); d.setDate(d.getDate() - 1)) streak++;
  return {
    from: keys[0]!, to: keys[keys.length - 1]!, days, streak, longestStreak: longest,
    activeDays: days.filter((n) => n > 0).length, changes,
    months: monthList.map((month) => ({ month, learned: learnedIn.get(month)!.size })),
  };
}

function nextDay(key: string): string {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return dayKey(new Date(y, m - 1, d + 1));
}

/** The text alternative of the picture, for screen readers and the report. */
export function describeActivity(a: Activity): string {
  if (!a.changes) return l10n.t('No learning activity in the last 12 months yet: each status you set is recorded here, on this machine only.');
  const learned = a.months.reduce((n, m) => n + m.learned, 0);
  const best = a.months.reduce((b, m) => (m.learned > b.learned ? m : b), a.months[0]!);
  const changes = a.changes === 1 ? l10n.t('1 status change') : l10n.t('{0} status changes', a.changes);
  const days = a.activeDays === 1 ? l10n.t('on 1 day in the last 12 months') : l10n.t('on {0} days in the last 12 months', a.activeDays);
  const streak = a.streak === 1 ? l10n.t('current streak 1 day, longest {0}', a.longestStreak) : l10n.t('current streak {0} days, longest {1}', a.streak, a.longestStreak);
  const skills = learned === 1 ? l10n.t('1 skill learned') : l10n.t('{0} skills learned', learned);
  return `${changes} ${days}; ${streak}; ${skills}${best.learned ? l10n.t(', most in {0} ({1})', monthName(best.month), best.learned) : ''}.`;
}

export function monthName(month: string, short = false): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  // The bundle's month names, so the text follows VS Code's language (not the system's).
  const name = shortMonths()[m - 1] ?? String(m);
  return short ? name : `${name} ${y}`;
}
