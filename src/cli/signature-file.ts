/** The CLI's side of signed exports: the training lead's public key file, and the line it prints per export. */
import { checkExportSignature, readPublicKeyFile, signatureWords, type PublicJwk } from '../debrief/export-signature';
import { UsageError } from './io';
import { readText } from './scenario-file';
import { english, type Translator } from '../i18n/index';

/** The key given with `--public-key`, or undefined when none was. */
export function trustedKey(file: string | undefined, tr: Translator = english): PublicJwk | undefined {
  if (file === undefined) return undefined;
  const read = readPublicKeyFile(readText(file, tr));
  if (!read.ok) throw new UsageError(`${file}: ${read.message}`);
  return read.key;
}

/** "<file>: signed by 3f2a …", "<file>: unsigned" or "<file>: signature does not match: …". */
export async function signatureLine(file: string, exported: unknown, trusted: PublicJwk | undefined): Promise<string> {
  return `${file}: ${signatureWords(await checkExportSignature(exported, trusted))}\n`;
}
