/**
 * One language's catalog: one JSON file per namespace, "namespace.key" in code. English is the
 * reference (catalog-types.ts); a test holds every other language to the same keys. The game's
 * English comes in two files, one namespace: game.json for the first screens, game-later.json for
 * those after the first decision, which the browser loads with them (src/ui/scenes/later.ts).
 */
import cli from './cli.json';
import common from './common.json';
import facilitatorConsole from './console.json';
import debrief from './debrief.json';
import diagnostics from './diagnostics.json';
import game from './game.json';
import gameLater from './game-later.json';
import viewer from './viewer.json';
import workshop from './workshop.json';
import live from './live.json';
import refusal from './refusal.json';
import findings from './findings.json';
import files from './files.json';
import analysis from './analysis.json';
import authoring from './authoring.json';

/** One namespace from its files; pure, so a bundle that never reads the whole catalog drops it. */
function joined<A extends object, B extends object>(first: A, second: B): A & B {
  return { ...first, ...second };
}

export default { common, cli, game: /* @__PURE__ */ joined(game, gameLater), console: facilitatorConsole, viewer, debrief, diagnostics, workshop, live, refusal, findings, files, analysis, authoring };
