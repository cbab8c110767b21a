/**
 * The workshop's worker: checks the text and, when it loads, analyses it, off the main thread so
 * typing stays smooth. The page terminates and replaces the worker when newer text arrives.
 */
import { analyze } from '../../analysis/index';
import { loadScenario } from '../../scenario/index';
import { type CheckRequest, type WorkerReply, WORKSHOP_MAX_STATES, WORKSHOP_MAX_STEPS, WORKSHOP_WITNESS_RUNS } from './protocol';

const reply = (message: WorkerReply): void => postMessage(message);

addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  const { id, text } = event.data;
  try {
    const { scenario, diagnostics, positions, texts } = loadScenario(text, { file: 'scenario.yaml', texts: true });
    reply({ id, kind: 'checked', diagnostics, scenario, texts: texts ?? null });
    if (!scenario) return;
    const started = performance.now();
    const analysis = analyze(scenario, { maxStates: WORKSHOP_MAX_STATES, maxSteps: WORKSHOP_MAX_STEPS, witnessRuns: WORKSHOP_WITNESS_RUNS, ...(positions && { positions }) });
    reply({ id, kind: 'analysed', analysis, ms: performance.now() - started });
  } catch (error) {
    reply({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
