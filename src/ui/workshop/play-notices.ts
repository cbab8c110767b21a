/**
 * What "Play from here" lists under what happened: each engine notice as a line in the page's
 * language. Pure (no DOM), so a unit test reads it in English and Korean. Flags, facts, triggers
 * and deadlines are named by their ids, as the author wrote them.
 */
import { claimedFigure } from '../../engine/index';
import type { Notice } from '../../engine/types';
import { figureWords } from '../../debrief/figure-words';
import type { Translator } from '../../i18n/translator';
import { text } from '../../scenario/text';
import type { Scenario } from '../../scenario/types';

/** The line for `notice`, or null for the kinds the board shows elsewhere (injects, beats, endings). */
export function noticeLine(notice: Notice, scenario: Scenario, tr: Translator): string | null {
  const meter = (id: string): string => text(scenario.meters.find((m) => m.id === id)?.label ?? id);
  const number = (value: number): string => tr.number(value);
  switch (notice.kind) {
    case 'meter':
      return `${meter(notice.meter)} ${notice.from} → ${notice.to}`;
    case 'flag':
      return tr.t(notice.value ? 'workshop.play.flagOn' : 'workshop.play.flagOff', { flag: notice.flag });
    case 'fact':
      return tr.t('workshop.play.factRevised', { fact: notice.fact, from: number(notice.from), to: number(notice.to) });
    case 'contradiction':
      return tr.t(notice.audience === 'regulator' ? 'workshop.play.filingContradicted' : 'workshop.play.claimContradicted', {
        figure: figureWords(claimedFigure(notice), number, tr),
        revised: number(notice.revised),
      });
    case 'trigger':
      return tr.t(notice.fired ? 'workshop.play.triggerFired' : 'workshop.play.triggerNotFired', { trigger: notice.trigger });
    case 'deadline':
      return tr.t(`workshop.play.deadline.${notice.status}`, { deadline: notice.deadline });
    case 'limit':
      return tr.t(notice.bound === 'cap' ? 'workshop.play.capped' : 'workshop.play.floored', { meter: meter(notice.meter), value: notice.value });
    default:
      return null;
  }
}
