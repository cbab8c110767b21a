/** Small display helpers: numbers, hours, labels for kinds and categories. */
import type { Band, Difficulty, InjectKind, Meter, Rating, Scenario, Text } from '../scenario/types';
import { formatNumberIn, t, uiLang } from './lang/ui-language';

/** A number as the page's language writes it (the formatter is made on first use). */
export function formatNumber(value: number): string {
  return formatNumberIn(value);
}

const COMPACT_UNITS = [
  [1e3, 'K'],
  [1e6, 'M'],
  [1e9, 'B'],
  [1e12, 'T'],
] as const;

/**
 * `3.4K`, `12.3K`, `1M`: what `Intl.NumberFormat('en-US', { notation: 'compact',
 * maximumFractionDigits: 1 })` writes, by hand because the war room's first screen shows such
 * counts (social reactions) and Intl would load ICU on the way to the first decision. Korean
 * counts in its own units (만, 억), so it takes Intl's compact notation.
 */
export function formatCompact(value: number): string {
  if (uiLang() !== 'en') return formatNumberIn(value, { notation: 'compact', maximumFractionDigits: 1 });
  const size = Math.abs(value);
  const round = (x: number): number => Math.round(x * 10) / 10;
  let index = COMPACT_UNITS.findLastIndex(([unit]) => size >= unit);
  // 999,950 rounds to 1000K: the next unit says it (1M), as Intl does.
  const found = COMPACT_UNITS[index];
  if (found && index < COMPACT_UNITS.length - 1 && round(size / found[0]) >= 1000) index += 1;
  const unit = COMPACT_UNITS[index];
  return (value < 0 ? '-' : '') + (unit ? `${round(size / unit[0])}${unit[1]}` : String(round(size)));
}

/** In-game hours as `5 h`, `1 h 30 min`, `45 min` (`5시간 30분`). */
export function formatHours(hours: number): string {
  const minutes = Math.max(0, Math.round(hours * 60));
  const whole = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (whole === 0) return t('game.time.minutes', { minutes: rest });
  return rest === 0 ? t('game.time.hours', { hours: whole }) : t('game.time.hoursMinutes', { hours: whole, minutes: rest });
}

/** Real seconds as `m:ss`. */
export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function signed(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `\u2212${-value}` : '\u00b10';
}

/** A choice's expert rating in words, wherever the room or the facilitator sees it. */
export function ratingWord(rating: Rating): string {
  return t(`game.rating.${rating}`);
}

/** What kind of message an inject is ("E-mail", "Regulator"). */
export function kindLabel(kind: InjectKind): string {
  return t(`game.injectKind.${kind}`);
}

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

export function categoryLabel(scenario: Scenario, id: string, text: (t: Text) => string): string {
  const category = scenario.categories.find((candidate) => candidate.id === id);
  return category ? text(category.label) : id;
}

export function difficultyLabel(difficulty: Difficulty): string {
  return t(`game.difficulty.${difficulty}`);
}
