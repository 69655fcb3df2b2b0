/** Removes the shared playground build (see shared-playground.ts). */
import { rmSync } from 'node:fs';

export default function globalTeardown(): void {
  const folder = process.env.NPO_PLAYGROUND_DIR;
  if (folder) rmSync(folder, { recursive: true, force: true });
}
