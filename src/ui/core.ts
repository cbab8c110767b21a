/**
 * The pure core reaches the UI through these doors, loaded as their own chunks while Phaser draws
 * the room: the initial download stays Phaser plus a thin shell. Shipped scenarios arrive checked
 * (see catalog.ts), so the YAML parser and the checker load only for a file the instructor opens.
 */
import type * as CoreModules from './core-modules';
import type * as ScenarioModule from '../scenario/index';
import type * as SaveCheckModule from './save-check';
import type * as LinkModule from './sync/projector-link';

export type Session = ReturnType<typeof CoreModules.createSession>;
export type ProjectorLink = LinkModule.ProjectorLink;

/** The scenario checker: YAML text in, a checked scenario or positioned diagnostics out. */
export interface Checker {
  readonly loadScenario: typeof ScenarioModule.loadScenario;
  readonly formatDiagnostic: typeof ScenarioModule.formatDiagnostic;
  /** Whether a stored session can be resumed: only the menu asks, so it comes with the checker. */
  readonly checkSave: typeof SaveCheckModule.checkSave;
}

export interface Core {
  readonly text: typeof CoreModules.text;
  readonly createSession: typeof CoreModules.createSession;
  readonly shownChoices: typeof CoreModules.shownChoices;
  readonly decisionTimer: typeof CoreModules.decisionTimer;
  readonly injectById: typeof CoreModules.injectById;
  readonly formatGameTime: typeof CoreModules.formatGameTime;
  readonly linkProjector: typeof CoreModules.linkProjector;
  readonly createChannelId: typeof CoreModules.createChannelId;
}

let loading: Promise<Core> | undefined;
let checking: Promise<Checker> | undefined;

export function loadCore(): Promise<Core> {
  loading ??= import('./core-modules').then((core) => ({
    text: core.text,
    createSession: core.createSession,
    shownChoices: core.shownChoices,
    decisionTimer: core.decisionTimer,
    injectById: core.injectById,
    formatGameTime: core.formatGameTime,
    linkProjector: core.linkProjector,
    createChannelId: core.createChannelId,
  }));
  return loading;
}

export function loadChecker(): Promise<Checker> {
  checking ??= Promise.all([import('../scenario/index'), import('./save-check')]).then(([scenario, saves]) => ({
    loadScenario: scenario.loadScenario,
    formatDiagnostic: scenario.formatDiagnostic,
    checkSave: saves.checkSave,
  }));
  return checking;
}
