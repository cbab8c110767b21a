import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSession, restore, verifySave } from '../../src/engine/index';
import { loadScenario } from '../../src/scenario/index';

const { scenario } = loadScenario(readFileSync('scenarios/tutorial.yaml', 'utf8'));

describe('the language kept with a session', () => {
  it('is saved, switched, and restored with the session', () => {
    if (!scenario) throw new Error('tutorial does not load');
    const session = createSession(scenario, { seed: 1, lang: 'en', now: () => 1 });
    session.setLang('ko');
    const save = session.save();
    expect(save.lang).toBe('ko');
    const restored = restore(JSON.stringify(save), scenario);
    expect(restored.ok && restored.session.lang()).toBe('ko');
    expect(createSession(scenario, { seed: 1 }).save()).not.toHaveProperty('lang');
  });

  it('refuses a save whose language is not a language tag', () => {
    if (!scenario) throw new Error('tutorial does not load');
    const save = { ...createSession(scenario, { seed: 1, now: () => 1 }).save(), lang: '<script>' };
    expect(verifySave(save, scenario)).toMatchObject({ ok: false, error: { code: 'corrupt', message: 'The save has an invalid language.' } });
  });
});
