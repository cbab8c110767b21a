/**
 * Phaser with one scene per screen (those after the first decision arrive in a chunk of their own). main.ts imports this lazily, after it has started the rules
 * and the named scenario downloading, so they arrive while Phaser loads and evaluates rather than
 * after (index.html preloads Phaser and this chunk, see vite.config.ts).
 */
import Phaser from 'phaser';
import type { AppContext } from './ui/app-context';
import { Boot } from './ui/scenes/boot';
import { Briefing } from './ui/scenes/briefing';
import { Menu } from './ui/scenes/menu';
import { Preload } from './ui/scenes/preload';
import { WarRoom } from './ui/scenes/war-room';

export function startGame(app: AppContext, stage: HTMLElement): Phaser.Game {
  return new Phaser.Game({
    type: Phaser.AUTO,
    parent: stage,
    // The still wall is the page's CSS background; the canvas adds only what moves or must
    // line up with the DOM (dials, their panels, lights, the sweep), so each frame stays cheap.
    transparent: true,
    scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
    banner: false,
    // Phaser never takes the keyboard: the DOM layer's buttons and number keys do.
    input: { keyboard: false, gamepad: false },
    audio: { noAudio: true },
    // The consequence, ending and debrief scenes join later (src/ui/scenes/later-scenes.ts).
    scene: [Boot, Preload, Menu, Briefing, WarRoom].map((Scene) => new Scene(app)),
  });
}
