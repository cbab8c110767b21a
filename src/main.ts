/**
 * The browser entry: the DOM layer, the shared context, and Phaser with one scene per screen.
 * Phaser sits in its own chunk; the rules and the scenarios arrive while it draws the room.
 */
import Phaser from 'phaser';
import { AppContext } from './ui/app-context';
import { Overlay } from './ui/dom/overlay';
import { Boot } from './ui/scenes/boot';
import { Briefing } from './ui/scenes/briefing';
import { Consequence } from './ui/scenes/consequence';
import { Debrief } from './ui/scenes/debrief';
import { Ending } from './ui/scenes/ending';
import { Menu } from './ui/scenes/menu';
import { Preload } from './ui/scenes/preload';
import { WarRoom } from './ui/scenes/war-room';
import { findShipped, prefetchScenario } from './ui/catalog';
import { loadCore } from './ui/core';
import { readUrlParams } from './ui/url-params';
import './ui/styles/base.css';
import './ui/styles/screens.css';
import './ui/styles/war-room.css';
import './ui/styles/injects.css';

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no #${id}`);
  return found;
}

const app = new AppContext(new Overlay(element('ui'), element('announcer')), readUrlParams(window.location.search));

// Fetch the rules and check the scenario the address names while Phaser starts (it waits on its
// own textures and the first frame), not after; Preload picks up the same promise.
const wanted = app.params.scenario;
if (wanted) prefetchScenario(wanted);
loadCore()
  .then((core) => (wanted ? findShipped(core, wanted) : undefined))
  .catch(() => undefined); // Preload reports a failure to load, with its message.

new Phaser.Game({
  type: Phaser.AUTO,
  parent: element('stage'),
  // The still wall is the page's CSS background; the canvas adds only what moves or must
  // line up with the DOM (dials, their panels, lights, the sweep), so each frame stays cheap.
  transparent: true,
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  banner: false,
  // Phaser never takes the keyboard: the DOM layer's buttons and number keys do.
  input: { keyboard: false, gamepad: false },
  audio: { noAudio: true },
  scene: [Boot, Preload, Menu, Briefing, WarRoom, Consequence, Ending, Debrief].map((Scene) => new Scene(app)),
});
