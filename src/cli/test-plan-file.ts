/** Where a plan file's scenario is, and which plan files a command-line argument stands for. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { english, type Translator } from '../i18n/index';

/** The scenario a plan file is for: as written in it, else `tutorial.test.yaml` -> `tutorial.yaml`. */
export function scenarioOf(planFile: string, written: string | null): string {
  return written === null
    ? join(dirname(planFile), basename(planFile).replace(/\.test\.ya?ml$/, '.yaml'))
    : join(dirname(planFile), written);
}

/**
 * The plan files an argument stands for: a directory its `*.test.yaml` files, a scenario the
 * plans beside it, a plan file itself. `missing` names an argument with no plans.
 */
export function planFilesOf(given: string, tr: Translator = english): { files: string[]; missing?: string } {
  let directory = false;
  try {
    directory = statSync(given).isDirectory();
  } catch {
    // Not there: reported when it is read.
  }
  if (directory) {
    const files = readdirSync(given)
      .filter((name) => /\.test\.ya?ml$/.test(name))
      .sort()
      .map((name) => join(given, name));
    return files.length > 0 ? { files } : { files, missing: tr.t('cli.test.noPlansInDirectory', { given }) };
  }
  if (/\.test\.ya?ml$/.test(given)) return { files: [given] };
  const beside = given.replace(/\.ya?ml$/, '.test.yaml');
  return existsSync(beside) ? { files: [beside] } : { files: [], missing: tr.t('cli.test.noPlansBeside', { given, beside }) };
}
