/** The outcome of a run as `--json` prints it, and the terminal's meter and deadline lines. */
import { dueHour, type GameState } from '../engine/index';
import { formatGameTime } from '../debrief/game-time';
import { english, type Translator } from '../i18n/index';
import { text, type Meter, type Scenario } from '../scenario/index';
import { columnsOf, padColumns } from './terminal-text';

export interface Outcome {
  readonly scenario: string;
  readonly seed: number;
  readonly ending: { readonly id: string; readonly title: string; readonly tone: string } | null;
  readonly beat: string;
  readonly time: number;
  readonly meters: Readonly<Record<string, number>>;
  readonly flags: Readonly<Record<string, boolean>>;
  readonly facts: Readonly<Record<string, number>>;
  readonly deadlines: GameState['deadlines'];
  readonly claims: GameState['claims'];
  readonly decisions: readonly { readonly choice: string; readonly beat: string; readonly category: string; readonly rating: string }[];
}

/** Everything `--json` reports, derived from the final state alone (so a replay gives the same). */
export function outcomeOf(scenario: Scenario, state: GameState, seed: number): Outcome {
  const ending = scenario.endings.find((candidate) => candidate.id === state.ending);
  const where = new Map(scenario.beats.flatMap((beat) => (beat.decision?.choices ?? []).map((choice) => [choice.id, { beat: beat.id, choice }] as const)));
  return {
    scenario: scenario.meta.id,
    seed,
    ending: ending ? { id: ending.id, title: text(ending.title), tone: ending.tone } : null,
    beat: state.beat,
    time: state.time,
    meters: state.meters,
    flags: state.flags,
    facts: state.facts,
    deadlines: state.deadlines,
    claims: state.claims,
    decisions: state.chosen.map((id) => {
      const found = where.get(id);
      return { choice: id, beat: found?.beat ?? '', category: found?.choice.category ?? '', rating: found?.choice.rating ?? '' };
    }),
  };
}

/** The band label a meter's value falls in. */
export function bandOf(meter: Meter, value: number, lang?: string): string {
  let label = '';
  for (const band of meter.bands) if (value >= band.from) label = text(band.label, lang);
  return label;
}

/** One line per meter: "Public trust     62  Steady". */
export function meterLines(scenario: Scenario, state: GameState, lang?: string): string[] {
  const width = Math.max(...scenario.meters.map((meter) => columnsOf(text(meter.label, lang))));
  return scenario.meters.map((meter) => {
    const value = state.meters[meter.id] ?? meter.start;
    return `  ${padColumns(text(meter.label, lang), width)}  ${String(value).padStart(4)}  ${bandOf(meter, value, lang)}`;
  });
}

/** One line per started deadline: running ones with their due time, resolved ones with the result. */
export function deadlineLines(scenario: Scenario, state: GameState, tr: Translator = english): string[] {
  const lines: string[] = [];
  for (const deadline of scenario.deadlines) {
    const clock = state.deadlines[deadline.id];
    if (!clock || clock.status === 'idle') continue;
    const label = `${text(deadline.label, tr.lang)}${deadline.reference ? ` (${text(deadline.reference, tr.lang)})` : ''}`;
    if (clock.status === 'running') {
      const due = dueHour(scenario, deadline, clock.startedAt ?? 0);
      lines.push(`  ${tr.t('cli.play.due', { deadline: label, time: formatGameTime(scenario, due, tr), hours: tr.number(Math.max(0, due - state.time)) })}`);
    } else {
      lines.push(`  ${tr.t(`cli.play.resolved.${clock.status}`, { deadline: label, time: formatGameTime(scenario, clock.resolvedAt ?? state.time, tr) })}`);
    }
  }
  return lines;
}
