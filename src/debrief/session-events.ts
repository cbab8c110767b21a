/** What the facilitator did during the run, and the observers' notes, from the log. */
import type { LogEntry } from '../engine/types';
import { text } from '../scenario/index';
import { addressees } from '../scenario/roles';
import type { Inject, Scenario } from '../scenario/types';
import type { ObserverNote, SessionEventRecord } from './types';
import { beatTitle, choiceLabel, clockLabel } from './words';
import type { Translator } from '../i18n/translator';
import { debriefEnglish } from './debrief-english';


export function observerNotes(
  scenario: Scenario,
  log: readonly LogEntry[],
  lang: string,
  tr: Translator = debriefEnglish,
): ObserverNote[] {
  return log.flatMap((entry) =>
    entry.event.type === 'facilitator.note' && entry.accepted
      ? [
          {
            wall: entry.wall,
            time: entry.time,
            timeLabel: clockLabel(scenario, entry.time, tr),
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
  tr: Translator = debriefEnglish,
): SessionEventRecord[] {
  const quoted = (text: string): string => tr.t('debrief.quoted', { text });
  const step = (entry: LogEntry): string => describeStep(scenario, entry, lang, tr);
  const records: SessionEventRecord[] = [];
  const standing: LogEntry[] = [];
  for (const entry of log) {
    if (!entry.accepted) continue;
    const base = {
      wall: entry.wall,
      time: entry.time,
      timeLabel: clockLabel(scenario, entry.time, tr),
      beat: entry.beat,
    };
    const e = entry.event;
    switch (e.type) {
      case 'session.pause':
        records.push({ ...base, kind: 'pause', detail: tr.t('debrief.event.paused') });
        break;
      case 'session.resume':
        records.push({ ...base, kind: 'resume', detail: tr.t('debrief.event.resumed') });
        break;
      case 'facilitator.undo': {
        // The engine takes back the last decision and everything after it.
        const last = standing.findLastIndex(
          (s) => s.event.type === 'player.choose' || s.event.type === 'clock.expire',
        );
        const gone = last < 0 ? [] : standing.splice(last);
        const what =
          gone.length > 0
            ? gone.map(step).join(tr.t('debrief.event.then'))
            : tr.t('debrief.event.nothing');
        records.push({ ...base, kind: 'undo', detail: tr.t('debrief.event.undid', { what }) });
        break;
      }
      case 'facilitator.jump':
        records.push({
          ...base,
          kind: 'jump',
          detail: tr.t('debrief.event.jumped', { beat: quoted(beatTitle(scenario, e.beat, lang)) }),
        });
        break;
      case 'facilitator.inject': {
        const inject = scenario.optionalInjects.find((i) => i.id === e.inject);
        records.push({
          ...base,
          kind: 'inject',
          detail: addressedTo(scenario, inject, lang, tr, quoted(inject ? text(inject.headline, lang) : e.inject)),
        });
        break;
      }
      case 'facilitator.extend':
        records.push({
          ...base,
          kind: 'extend',
          detail: tr.t('debrief.event.extended', { seconds: e.seconds }),
        });
        break;
      case 'facilitator.end':
        records.push({ ...base, kind: 'end', detail: tr.t('debrief.event.ended') });
        break;
      case 'clock.expire':
        records.push({
          ...base,
          kind: 'expire',
          detail: tr.t('debrief.event.expired', { beat: quoted(beatTitle(scenario, entry.beat, lang)), step: step(entry) }),
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

function describeStep(scenario: Scenario, entry: LogEntry, lang: string, tr: Translator): string {
  const quoted = (text: string): string => tr.t('debrief.quoted', { text });
  const decision = entry.notices.find((n) => n.kind === 'decision');
  if (decision && decision.kind === 'decision')
    return tr.t('debrief.event.stepChose', { choice: quoted(choiceLabel(scenario, decision.choice, lang)) });
  const e = entry.event;
  if (e.type === 'player.continue')
    return tr.t('debrief.event.stepContinued', { beat: quoted(beatTitle(scenario, entry.beat, lang)) });
  if (e.type === 'facilitator.jump') return tr.t('debrief.event.stepJump', { beat: quoted(beatTitle(scenario, e.beat, lang)) });
  if (e.type === 'facilitator.inject') return tr.t('debrief.event.stepInject', { inject: e.inject });
  return e.type;
}

/** "Pushed inject "…" to General counsel, Chief executive" for an inject addressed to roles. */
function addressedTo(scenario: Scenario, inject: Inject | undefined, lang: string, tr: Translator, headline: string): string {
  const roles = inject ? addressees(scenario, inject) : [];
  return roles.length === 0
    ? tr.t('debrief.event.pushed', { headline })
    : tr.t('debrief.event.pushedTo', { headline, roles: roles.map((r) => text(r.label, lang)).join(', ') });
}
