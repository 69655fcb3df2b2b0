/** Names the folder the end-to-end suites share one playground build in (see shared-playground.ts). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function globalSetup(): void {
  process.env.NPO_PLAYGROUND_DIR = mkdtempSync(path.join(tmpdir(), 'npo-playground-run-'));
}
