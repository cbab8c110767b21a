/**
 * Colours shared by the canvas and the stylesheet (styles/base.css mirrors them as custom
 * properties). All text colours hold WCAG 2.2 AA contrast on the panel colour.
 */
import type { Meter } from '../scenario/types';

export const COLORS = {
  night: 0x070b16,
  deep: 0x0d1730,
  grid: 0x5eb1ff,
  accent: 0x5eb1ff,
  danger: 0xff5f5f,
  warning: 0xffc857,
  good: 0x4fd69c,
  track: 0x26334d,
  ink: 0xe6edf7,
} as const;

/** 0 = worst end of the meter, 1 = best end, whichever direction is good. */
export function goodness(meter: Meter, value: number): number {
  const span = meter.max - meter.min || 1;
  const t = Math.min(1, Math.max(0, (value - meter.min) / span));
  return meter.good === 'high' ? t : 1 - t;
}

/**
 * How good the band the value falls in is, 0 (worst band) to 1 (best band): colours follow the
 * author's bands, so "Elevated" liability never shows green because 25 is low on the scale.
 */
export function bandGoodness(meter: Meter, value: number): number {
  const count = meter.bands.length;
  if (count <= 1) return goodness(meter, value);
  let index = 0;
  meter.bands.forEach((band, i) => {
    if (band.from <= value) index = i;
  });
  const t = index / (count - 1);
  return meter.good === 'high' ? t : 1 - t;
}

/** Red through amber to green by how good the value's band is. */
export function meterColor(meter: Meter, value: number): number {
  const g = bandGoodness(meter, value);
  return g < 0.5 ? mix(COLORS.danger, COLORS.warning, g * 2) : mix(COLORS.warning, COLORS.good, (g - 0.5) * 2);
}

/** The band's mood, for CSS. */
export function meterMood(meter: Meter, value: number): 'bad' | 'fair' | 'good' {
  const g = bandGoodness(meter, value);
  return g < 0.34 ? 'bad' : g < 0.67 ? 'fair' : 'good';
}

export function mix(from: number, to: number, t: number): number {
  const channel = (shift: number): number => {
    const a = (from >> shift) & 0xff;
    const b = (to >> shift) & 0xff;
    return Math.round(a + (b - a) * t) << shift;
  };
  return channel(16) | channel(8) | channel(0);
}
