import { RETURN, type Scenario } from './types.ts';
import type { Path } from './path.ts';
import type { Reporter } from './report.ts';
import { said } from './said.ts';

/**
 * Detours (CR410): a decision an optional inject `opens` when the facilitator pushes it. The
 * engine returns to the interrupted beat when it is answered, so a detour must be reached by a
 * push alone, must ask a decision, and each of its choices must say `next: return`; only a
 * detour's choices may.
 */
export function checkDetours(s: Scenario, reporter: Reporter): void {
  const detours = new Map(s.beats.flatMap((beat) => (beat.detour ? [[beat.id, beat] as const] : [])));
  const opened = new Map<string, string>();
  s.optionalInjects.forEach((inject, i) => {
    if (inject.opens === undefined) return;
    if (detours.has(inject.opens)) {
      if (!opened.has(inject.opens)) opened.set(inject.opens, inject.id);
    } else if (s.beats.some((beat) => beat.id === inject.opens)) {
      reporter.error(
        'CR410',
        said('CR410.notDetour', `optional inject '${inject.id}' opens beat '${inject.opens}', which is not a detour; add detour: true to that beat, so it is reached only by this push`, { id: inject.id, beat: inject.opens }),
        ['optional_injects', i, 'opens'],
      );
    }
  });
  const leadsIn = (id: string, path: Path): void => {
    if (!detours.has(id)) return;
    const by = opened.get(id);
    reporter.error(
      'CR410',
      by === undefined
        ? said('CR410.leadsIn', `beat '${id}' is a detour, reached only by a facilitator's push; lead here to a beat that is not a detour`, { beat: id })
        : said('CR410.leadsInPushed', `beat '${id}' is a detour, reached only by pushing '${by}'; lead here to a beat that is not a detour`, { beat: id, inject: by }),
      path,
    );
  };
  leadsIn(s.start, ['start']);
  s.triggers.forEach((trigger, i) => {
    if (trigger.goto !== undefined) leadsIn(trigger.goto, ['triggers', i, 'goto']);
  });
  s.beats.forEach((beat, i) => {
    if (beat.next !== undefined) leadsIn(beat.next, ['beats', i, 'next']);
    beat.decision?.choices.forEach((choice, j) => {
      const path: Path = ['beats', i, 'decision', 'choices', j, 'next'];
      if (beat.detour && choice.next !== RETURN) {
        reporter.error(
          'CR410',
          said('CR410.mustReturn', `choice '${choice.id}' of detour '${beat.id}' leads to '${choice.next}'; a detour's choices say next: return, so play carries on where the push interrupted it`, { id: choice.id, beat: beat.id, next: choice.next }),
          path,
        );
      } else if (!beat.detour && choice.next === RETURN) {
        reporter.error(
          'CR410',
          said('CR410.returnOutside', `choice '${choice.id}' says next: return, but beat '${beat.id}' is not a detour; only a detour's choices return, so name the next beat or end`, { id: choice.id, beat: beat.id }),
          path,
        );
      } else if (!beat.detour) leadsIn(choice.next, path);
    });
    if (!beat.detour) return;
    if (!opened.has(beat.id)) {
      reporter.error(
        'CR410',
        said('CR410.unopened', `beat '${beat.id}' is a detour, but no optional inject opens it; add opens: ${beat.id} to one, or remove detour`, { beat: beat.id }),
        ['beats', i, 'detour'],
        'key',
      );
    }
    if (beat.decision === undefined) {
      reporter.error(
        'CR410',
        said('CR410.noDecision', `detour '${beat.id}' has no decision; a detour asks the team one and then returns, so give it a decision`, { beat: beat.id }),
        ['beats', i, 'detour'],
        'key',
      );
    }
    if (beat.after === undefined && beat.at > 0) {
      reporter.error(
        'CR410',
        said('CR410.hour', `detour '${beat.id}' is at hour ${beat.at}, but a push can come at any hour; leave at out, or write "+1" for time the call takes`, { beat: beat.id, hour: beat.at }),
        ['beats', i, 'at'],
      );
    }
  });
}
