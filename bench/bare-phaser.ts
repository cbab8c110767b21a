/**
 * The baseline of bench/web.bench.ts: the same Phaser build, full window, one line of text. It
 * records when its first frame with the text has been painted (the next frame's start), as the game
 * records its first choice.
 */
import Phaser from 'phaser';

class Bare extends Phaser.Scene {
  constructor() {
    super('Bare');
  }

  create(): void {
    this.add.text(40, 40, 'Crisis Room', { fontFamily: 'system-ui, sans-serif', fontSize: '32px', color: '#e6edf7' });
    // Timed as the game's first choice is: at the next frame after the one that first drew it,
    // so both sides pay for their first frame in full (layout, paint, shader compiles, commit).
    // `__drawn`, the end of its first render call (before paint), was the rule before; kept for comparison.
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      (window as unknown as { __drawn?: number }).__drawn = performance.now();
      requestAnimationFrame(() => {
        (window as unknown as { __ready?: number }).__ready = performance.now();
      });
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'stage',
  backgroundColor: 0x070b16,
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  banner: false,
  audio: { noAudio: true },
  scene: [Bare],
});
