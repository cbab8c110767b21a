/**
 * Half-dial gauges drawn by Phaser exactly where the DOM meter elements keep an empty slot for
 * them. The value sweeps from its old reading to the new one (instantly under reduced motion);
 * the DOM carries the number and band for screen readers.
 */
import Phaser from 'phaser';
import type { Meter } from '../../scenario/types';
import { COLORS, meterColor } from '../theme';
import { LayoutWatch } from './layout-watch';

export interface GaugeSpec {
  readonly meter: Meter;
  /** The DOM element whose box the gauge fills. */
  readonly slot: HTMLElement;
  readonly from: number;
  readonly to: number;
  /** Called with the displayed value as it moves (for the number beside the dial). */
  readonly onValue?: (value: number) => void;
  /** A lasting cap or floor in force: the dial marks it and dims the track beyond it. */
  readonly cap?: number;
  readonly floor?: number;
}

interface Gauge {
  readonly spec: GaugeSpec;
  value: number;
  box: DOMRect | null;
}

const SWEEP_MS = 1100;

export class MeterGauges {
  private readonly graphics: Phaser.GameObjects.Graphics;
  private gauges: Gauge[] = [];
  private dirty = true;

  private readonly layout: LayoutWatch;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly still: () => boolean,
    root: HTMLElement,
  ) {
    this.graphics = scene.add.graphics().setDepth(5);
    this.layout = new LayoutWatch(root);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.layout.dispose());
  }

  /** Replaces the gauges and sweeps each from its old value to its new one. */
  show(specs: readonly GaugeSpec[], delay = 250): void {
    this.gauges = specs.map((spec) => ({ spec, value: spec.from, box: null }));
    this.dirty = true;
    for (const gauge of this.gauges) {
      const { from, to, onValue } = gauge.spec;
      onValue?.(from);
      if (this.still() || from === to) {
        gauge.value = to;
        onValue?.(to);
        continue;
      }
      this.scene.tweens.addCounter({
        from,
        to,
        delay,
        duration: SWEEP_MS,
        ease: 'Cubic.easeInOut',
        onUpdate: (tween) => {
          gauge.value = tween.getValue() ?? to;
          onValue?.(Math.round(gauge.value));
          this.dirty = true;
        },
      });
    }
  }

  /** True while any gauge is still moving. */
  get animating(): boolean {
    return this.gauges.some((gauge) => gauge.value !== gauge.spec.to);
  }

  update(): void {
    if (this.layout.changed()) {
      for (const gauge of this.gauges) gauge.box = gauge.spec.slot.isConnected ? gauge.spec.slot.getBoundingClientRect() : null;
      this.dirty = true;
    }
    if (!this.dirty) return;
    this.dirty = false;
    this.graphics.clear();
    for (const gauge of this.gauges) this.draw(gauge);
  }

  private draw(gauge: Gauge): void {
    const { meter } = gauge.spec;
    const box = gauge.box;
    if (!box || box.width < 8) return;
    const thickness = Math.max(6, Math.min(14, box.width / 10));
    const radius = Math.min(box.width / 2, box.height) - thickness / 2 - 2;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height - thickness / 2 - 2;
    const span = meter.max - meter.min || 1;
    const angleOf = (value: number): number => Math.PI + Math.PI * ((value - meter.min) / span);
    const g = this.graphics;

    g.lineStyle(thickness, COLORS.track, 1);
    g.beginPath();
    g.arc(cx, cy, radius, Math.PI, Math.PI * 2, false);
    g.strokePath();

    const color = meterColor(meter, gauge.value);
    g.lineStyle(thickness, color, 1);
    g.beginPath();
    g.arc(cx, cy, radius, Math.PI, angleOf(gauge.value), false);
    g.strokePath();

    // A lasting cap or floor: the track beyond it dimmed in warning colour, and a mark across it.
    const { cap, floor } = gauge.spec;
    const mark = (limit: number, from: number, to: number): void => {
      g.lineStyle(thickness, COLORS.danger, 0.3);
      g.beginPath();
      g.arc(cx, cy, radius, from, to, false);
      g.strokePath();
      const angle = angleOf(limit);
      const inner = radius - thickness / 2 - 4;
      const outer = radius + thickness / 2 + 4;
      g.lineStyle(3, COLORS.danger, 1);
      g.lineBetween(cx + Math.cos(angle) * inner, cy + Math.sin(angle) * inner, cx + Math.cos(angle) * outer, cy + Math.sin(angle) * outer);
    };
    if (cap !== undefined) mark(cap, angleOf(cap), Math.PI * 2);
    if (floor !== undefined) mark(floor, Math.PI, angleOf(floor));

    // Band boundaries as notches across the track.
    g.lineStyle(2, COLORS.night, 1);
    for (const band of meter.bands.slice(1)) {
      const angle = angleOf(band.from);
      const inner = radius - thickness / 2 - 1;
      const outer = radius + thickness / 2 + 1;
      g.lineBetween(cx + Math.cos(angle) * inner, cy + Math.sin(angle) * inner, cx + Math.cos(angle) * outer, cy + Math.sin(angle) * outer);
    }

    const tip = angleOf(gauge.value);
    g.fillStyle(color, 0.25);
    g.fillCircle(cx + Math.cos(tip) * radius, cy + Math.sin(tip) * radius, thickness * 0.95);
    g.fillStyle(COLORS.ink, 1);
    g.fillCircle(cx + Math.cos(tip) * radius, cy + Math.sin(tip) * radius, thickness * 0.42);
  }
}
