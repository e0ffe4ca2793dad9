import { writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { buildAsRunner, consumerSubstitutes, describeE2E, ensureDaemon, sh } from './rig/rig.js';
import { startS3 } from './rig/s3.js';

describeE2E('smoke', () => {
  it('push to s3rver, consumer substitutes over http', async () => {
    await ensureDaemon();
    const s3 = await startS3();
    try {
      const [out] = buildAsRunner(['smoke']);
      const kg = sh('node', ['dist/cli.js', 'keygen', 'smoke-1']);
      writeFileSync('/tmp/smoke.sk', kg.stdout, { mode: 0o400 });
      const push = sh('node', ['dist/cli.js', 'push', '--cache', s3.cacheUrl, '--signing-key-file', '/tmp/smoke.sk', out!], {
        env: { ...process.env, AWS_ACCESS_KEY_ID: "S3RVER", AWS_SECRET_ACCESS_KEY: "S3RVER" },
      });
      expect(push.stderr).toBe('');
      expect(push.stdout).toMatch(/^uploaded /);
      const c = consumerSubstitutes([out!], s3.httpUrl, kg.stderr.trim());
      expect(c.stderr).toMatch(/copying path/);
      expect(c.code).toBe(0);
    } finally {
      await s3.destroy();
    }
  });
});
