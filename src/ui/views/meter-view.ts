/**
 * A meter as the DOM sees it: `role="meter"` with its label, range, value and band, plus an empty
 * slot where Phaser draws the dial. The visible number follows the dial as it sweeps. A meter
 * under a lasting cap or floor says so to the room, in words beside the dial and in its
 * accessible value.
 */
import type { GameState } from '../../engine/types';
import type { Meter, Text } from '../../scenario/types';
import { h, setText } from '../dom/h';
import { t } from '../lang/ui-language';
import { bandOf } from '../format';
import { meterMood } from '../theme';

export interface MeterView {
  readonly root: HTMLElement;
  readonly slot: HTMLElement;
  /** Shows a value on the readout while the dial moves; the ARIA value is already final. */
  showValue(value: number): void;
}

/** The lasting cap and floor in force on a meter, when any (from `GameState.caps` and `floors`). */
export interface MeterLimits {
  readonly cap?: number;
  readonly floor?: number;
}

/** The limits in force on one meter of a state. */
export function limitsOf(state: Pick<GameState, 'caps' | 'floors'>, meter: string): MeterLimits {
  const cap = state.caps?.[meter];
  const floor = state.floors?.[meter];
  return { ...(cap !== undefined && { cap }), ...(floor !== undefined && { floor }) };
}

/** The limits in words, "capped at 55", "at least 40", or '' when none is in force. */
export function limitWords(limits: MeterLimits): string {
  const words = [limits.cap !== undefined && t('game.meter.capped', { value: limits.cap }), limits.floor !== undefined && t('game.meter.floor', { value: limits.floor })];
  return words.filter((word) => word !== false).join(', ');
}

export function meterView(meter: Meter, value: number, text: (value: Text) => string, delta?: number, limits: MeterLimits = {}): MeterView {
  const label = text(meter.label);
  const band = text(bandOf(meter, value)?.label ?? '');
  const limited = limitWords(limits);
  const slot = h('div', { class: 'meter__gauge', attrs: { 'data-gauge': meter.id } });
  const number = h('span', { class: 'meter__value' }, String(value));
  const bandText = h('span', { class: 'meter__band' }, band);
  const root = h(
    'div',
    {
      class: `meter ${meter.headline ? 'meter--headline' : 'meter--minor'} meter--${meterMood(meter, value)}`,
      attrs: {
        role: 'meter',
        'aria-label': label,
        'aria-valuemin': meter.min,
        'aria-valuemax': meter.max,
        'aria-valuenow': value,
        'aria-valuetext': limited ? t('game.meter.valueTextLimited', { value, max: meter.max, band, limited }) : t('game.meter.valueText', { value, max: meter.max, band }),
        'data-meter': meter.id,
        title: meter.description ? text(meter.description) : undefined,
      },
    },
    slot,
    h(
      'div',
      { class: 'meter__readout', attrs: { 'aria-hidden': 'true' } },
      number,
      delta !== undefined && delta !== 0 && h('span', { class: `meter__delta meter__delta--${isGood(meter, delta) ? 'good' : 'bad'}` }, delta > 0 ? `+${delta}` : `\u2212${-delta}`),
    ),
    h('div', { class: 'meter__label', attrs: { 'aria-hidden': 'true' } }, label),
    bandText,
    limited && h('span', { class: 'meter__limit', attrs: { 'aria-hidden': 'true' } }, limited[0]!.toUpperCase() + limited.slice(1)),
  );
  return {
    root,
    slot,
    showValue: (shown) => setText(number, String(shown)),
  };
}

/** Whether a change moved the meter towards its good end. */
export function isGood(meter: Meter, delta: number): boolean {
  return meter.good === 'high' ? delta > 0 : delta < 0;
}
