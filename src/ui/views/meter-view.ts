/**
 * A meter as the DOM sees it: `role="meter"` with its label, range, value and band, plus an empty
 * slot where Phaser draws the dial. The visible number follows the dial as it sweeps.
 */
import type { Meter, Text } from '../../scenario/types';
import { h, setText } from '../dom/h';
import { bandOf } from '../format';
import { meterMood } from '../theme';

export interface MeterView {
  readonly root: HTMLElement;
  readonly slot: HTMLElement;
  /** Shows a value on the readout while the dial moves; the ARIA value is already final. */
  showValue(value: number): void;
}

export function meterView(meter: Meter, value: number, text: (value: Text) => string, delta?: number): MeterView {
  const label = text(meter.label);
  const band = text(bandOf(meter, value)?.label ?? '');
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
        'aria-valuetext': `${value} of ${meter.max}: ${band}`,
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
