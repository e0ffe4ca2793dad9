// Fails when dist/ differs from a fresh build of src/ (run after `node scripts/build.mjs`).
import { execFileSync } from 'node:child_process';

const changed = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' }).trim();
if (changed) {
  process.stderr.write(`dist/ is stale: a fresh build of src/ changed:\n${changed}\nRun \`npm run build\` and commit dist/.\n`);
  process.exit(1);
}
process.stdout.write('dist/ matches src/\n');
