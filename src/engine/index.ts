/** The scenario engine: pure rules, the xstate machine, sessions, saves and replay. */
export type * from './types';
export { SAVE_FORMAT, SAVE_VERSION } from './types';
export { evaluate, holds, type StateView } from './conditions';
export { fairAdd, plainAdd, setMeter, changeMeter, roundHalfAwayFromZero } from './meters';
export { contradicts, credibilityPenalty } from './outcome';
export { audienceOf, claimedFigure, figureContradicted, isBound } from './claims';
export { causeOf, parseCause, type CauseKind } from './cause';
export { applyOutcome } from './pure';
export { seedRng, rollChance, pickIndex } from './rng';
export { choiceOrder, orderChoices, shownChoices } from './choice-order';
export { compileRules, type Rules } from './rules';
export { REFUSAL_CODES, type Refusal, type RefusalCode, type RefusalValues } from './refusal';
export { createScenarioMachine, type MachineContext, type ScenarioMachine } from './machine';
export { createSession, type Session, type SessionOptions } from './session';
export { restore, verifySave, type RestoreDetail, type RestoreDetailCode, type RestoreError, type RestoreErrorCode, type RestoreReason, type RestoreResult, type VerifiedSave } from './restore';
export { replay } from './replay';
export { decisionTimer } from './timer';
export { gameMoment, type GameMoment } from './game-time';
export { dueHour, businessDaysDue } from './due-hour';
export { injectById } from './injects';
export { movesWithoutLoop, stepLimit } from './step-limit';
export { runPlan, continueThrough, failureText, type PlanFailure, type TestPlan, type PlanStep, type PlanExpectation, type PlanResult, type MeterBound } from './plan';
export type { StoreTest } from './conditions';
export { DEADLINE_STATUSES, IDLE, RUNNING, MET, MISSED, DEFICIENT } from './store';
export type { Compiled } from './compiled';
// The packed representation (packed.ts, packed-store.ts, layout.ts) serves the analysis only and
// is imported from its own modules, so the game, which loads this module whole, does not carry it.
