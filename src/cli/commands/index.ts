import type { Command } from 'commander';
import type { Translator } from '../../i18n/index';
import { register as analyze } from './analyze';
import { register as check } from './check';
import { register as compare } from './compare';
import { register as debrief } from './debrief';
import { register as graph } from './graph';
import { register as newScenario } from './new';
import { register as play } from './play';
import { register as randomtest } from './randomtest';
import { register as replay } from './replay';
import { register as schema } from './schema';
import { register as test } from './test';

/** Every `crisis-room` command: one import and one entry each. */
export const commands: readonly ((program: Command, tr: Translator) => void)[] = [
  check,
  schema,
  play,
  replay,
  test,
  debrief,
  compare,
  analyze,
  randomtest,
  graph,
  newScenario,
];
