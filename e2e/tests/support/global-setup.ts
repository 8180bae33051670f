import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './server.js';

/** Builds the system once when a build output is missing (the documented command builds first). */
export default function setup(): void {
  const outputs = ['server/dist/main.js', 'web/dist/index.html'];
  const missing = outputs.filter((file) => !existsSync(path.join(repoRoot, file)));
  if (missing.length === 0) return;
  console.log(`e2e: ${missing.join(', ')} missing; running npm run build`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
}
