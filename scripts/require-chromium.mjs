// Browser tests need a Chromium; say how to get one instead of silently skipping them.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `Browser tests need Chromium at ${path}. Install it with "sudo apt-get install -y chromium" ` +
      '(or run .ci/run as root), or set CHROMIUM_PATH to a Chromium binary.',
  );
  process.exit(1);
}
