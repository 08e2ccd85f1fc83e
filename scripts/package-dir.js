// Where scripts/check-package.js unpacks the packed tarball, and test/plugins/packed.mjs serves it from: a folder
// outside the clone (no node_modules above it, so a dependency the package forgot to declare fails as it would for
// an integrator), one per clone (worktrees do not share it).
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The folder holding `package/` (the tarball unpacked) and the tarball itself. */
export const packDir = join(tmpdir(), `kesk-chat-pack-${createHash('sha1').update(root).digest('hex').slice(0, 8)}`);

/** The unpacked package: its package.json, dist/, emulator/, … */
export const unpacked = join(packDir, 'package');
