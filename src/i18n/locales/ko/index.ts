/**
 * One language's catalog: one JSON file per namespace, "namespace.key" in code. English is the
 * reference (catalog-types.ts); a test holds every other language to the same keys.
 */
import cli from './cli.json';
import common from './common.json';
import facilitatorConsole from './console.json';
import debrief from './debrief.json';
import diagnostics from './diagnostics.json';
import game from './game.json';
import viewer from './viewer.json';
import workshop from './workshop.json';
import live from './live.json';
import refusal from './refusal.json';
import findings from './findings.json';
import files from './files.json';
import analysis from './analysis.json';
import authoring from './authoring.json';

export default { common, cli, game, console: facilitatorConsole, viewer, debrief, diagnostics, workshop, live, refusal, findings, files, analysis, authoring };
