/** What the facilitator did during the run, and the observers' notes, from the log. */
import type { LogEntry } from '../engine/types';
import { text } from '../scenario/index';
import { addressees } from '../scenario/roles';
import type { Inject, Scenario } from '../scenario/types';
import type { ObserverNote, SessionEventRecord } from './types';
import { beatTitle, choiceLabel, clockLabel } from './words';

export function observerNotes(
  scenario: Scenario,
  log: readonly LogEntry[],
  lang: string,
): ObserverNote[] {
  return log.flatMap((entry) =>
    entry.event.type === 'facilitator.note' && entry.accepted
      ? [
          {
            wall: entry.wall,
            time: entry.time,
            timeLabel: clockLabel(scenario, entry.time),
            beat: entry.beat,
            beatTitle: beatTitle(scenario, entry.beat, lang),
            text: entry.event.text,
          },
        ]
      : [],
  );
}

/** Pauses, undos, jumps, pushed injects, extensions, expired clocks and an early end. */
export function sessionEvents(
  scenario: Scenario,
  log: readonly LogEntry[],
  lang: string,
): SessionEventRecord[] {
  const records: SessionEventRecord[] = [];
  const standing: LogEntry[] = [];
  for (const entry of log) {
    if (!entry.accepted) continue;
    const base = {
      wall: entry.wall,
      time: entry.time,
      timeLabel: clockLabel(scenario, entry.time),
      beat: entry.beat,
    };
    const e = entry.event;
    switch (e.type) {
      case 'session.pause':
        records.push({ ...base, kind: 'pause', detail: 'Paused' });
        break;
      case 'session.resume':
        records.push({ ...base, kind: 'resume', detail: 'Resumed' });
        break;
      case 'facilitator.undo': {
        // The engine takes back the last decision and everything after it.
        const last = standing.findLastIndex(
          (s) => s.event.type === 'player.choose' || s.event.type === 'clock.expire',
        );
        const gone = last < 0 ? [] : standing.splice(last);
        const what =
          gone.length > 0
            ? gone.map((s) => describeStep(scenario, s, lang)).join(', then ')
            : 'nothing';
        records.push({ ...base, kind: 'undo', detail: `Undid: ${what}` });
        break;
      }
      case 'facilitator.jump':
        records.push({
          ...base,
          kind: 'jump',
          detail: `Jumped to "${beatTitle(scenario, e.beat, lang)}"`,
        });
        break;
      case 'facilitator.inject': {
        const inject = scenario.optionalInjects.find((i) => i.id === e.inject);
        records.push({
          ...base,
          kind: 'inject',
          detail: `Pushed inject "${inject ? text(inject.headline, lang) : e.inject}"${inject ? addressedTo(scenario, inject, lang) : ''}`,
        });
        break;
      }
      case 'facilitator.extend':
        records.push({
          ...base,
          kind: 'extend',
          detail: `Gave the room ${e.seconds} more seconds`,
        });
        break;
      case 'facilitator.end':
        records.push({ ...base, kind: 'end', detail: 'Ended the exercise' });
        break;
      case 'clock.expire':
        records.push({
          ...base,
          kind: 'expire',
          detail: `Time ran out on "${beatTitle(scenario, entry.beat, lang)}": ${describeStep(scenario, entry, lang)}`,
        });
        break;
      default:
        break;
    }
    if (isStep(e.type)) standing.push(entry);
  }
  return records;
}

function isStep(type: string): boolean {
  return [
    'player.choose',
    'player.continue',
    'clock.expire',
    'facilitator.inject',
    'facilitator.jump',
  ].includes(type);
}

function describeStep(scenario: Scenario, entry: LogEntry, lang: string): string {
  const decision = entry.notices.find((n) => n.kind === 'decision');
  if (decision && decision.kind === 'decision')
    return `chose "${choiceLabel(scenario, decision.choice, lang)}"`;
  const e = entry.event;
  if (e.type === 'player.continue')
    return `continued from "${beatTitle(scenario, entry.beat, lang)}"`;
  if (e.type === 'facilitator.jump') return `jump to "${beatTitle(scenario, e.beat, lang)}"`;
  if (e.type === 'facilitator.inject') return `inject ${e.inject}`;
  return e.type;
}

/** ` to General counsel, Chief executive` for an inject addressed to roles, else nothing. */
function addressedTo(scenario: Scenario, inject: Inject, lang: string): string {
  const roles = addressees(scenario, inject);
  return roles.length === 0 ? '' : ` to ${roles.map((r) => text(r.label, lang)).join(', ')}`;
}
