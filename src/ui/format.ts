/** Small display helpers: numbers, hours, labels for kinds and categories. */
import type { Band, InjectKind, Meter, Scenario, Text } from '../scenario/types';

const NUMBER = new Intl.NumberFormat('en-US');
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

export function formatCompact(value: number): string {
  return COMPACT.format(value);
}

/** In-game hours as `5 h`, `1 h 30 min`, `45 min`. */
export function formatHours(hours: number): string {
  const minutes = Math.max(0, Math.round(hours * 60));
  const whole = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (whole === 0) return `${rest} min`;
  return rest === 0 ? `${whole} h` : `${whole} h ${rest} min`;
}

/** Real seconds as `m:ss`. */
export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function signed(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `\u2212${-value}` : '\u00b10';
}

export const KIND_LABELS: Readonly<Record<InjectKind, string>> = {
  email: 'E-mail',
  news: 'News',
  social: 'Social media',
  regulator: 'Regulator',
  chat: 'Internal chat',
  board: 'Board',
  memo: 'Legal memo',
  alert: 'Alert',
};

/** The band a value falls in: the last whose `from` is at or below it. */
export function bandOf(meter: Meter, value: number): Band | undefined {
  let found: Band | undefined;
  for (const band of meter.bands) if (band.from <= value) found = band;
  return found ?? meter.bands[0];
}

/**
 * The CSS class of a move category: the built-in three have their own colours, declared ones
 * take the extra palette in declaration order.
 */
export function categoryClass(scenario: Scenario, id: string): string {
  const index = scenario.categories.findIndex((category) => category.id === id);
  if (index < 3) return `category--${id}`;
  return `category--extra-${(index - 3) % 3}`;
}

/** `Day 2 · Tue 3 Jun, 15:00` shortened to `Day 2 · 15:00` for the narrow feed. */
export function shortGameTime(full: string): string {
  const match = /^(.*?) · .*, (\d{1,2}:\d{2})$/.exec(full);
  return match ? `${match[1]} · ${match[2]}` : full;
}

export function categoryLabel(scenario: Scenario, id: string, text: (t: Text) => string): string {
  const category = scenario.categories.find((candidate) => candidate.id === id);
  return category ? text(category.label) : id;
}

export const DIFFICULTY_LABELS = {
  introductory: 'Introductory',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
} as const;
