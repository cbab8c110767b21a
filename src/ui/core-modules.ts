/**
 * Exactly what the game takes from the core, named one by one. A dynamic import of the engine's
 * index would keep every export of it (test plans, replay, the machine's helpers for the
 * workshop), so loadCore imports this module instead and the bundler drops the rest.
 */
export { text } from '../scenario/text';
export { createSession } from '../engine/session';
export { shownChoices } from '../engine/choice-order';
export { decisionTimer } from '../engine/timer';
export { injectById } from '../engine/injects';
export { formatGameTime } from '../debrief/game-time';
export { linkProjector } from './sync/projector-link';
export { createChannelId } from './sync/ids';
