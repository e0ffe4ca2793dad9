import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure logic, always runs, in parallel) and `e2e` (real nix-daemon, real users, real
// S3 server: they change the machine, so they run one file at a time and only when NTC_E2E=1; .ci/run sets it).
export default defineConfig({
  test: {
    reporters: ['default', './test/plain-summary-reporter.ts'],
    projects: [
      {
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 20_000 },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/rig/global-setup.ts'],
          // one file at a time: they share the machine's daemon, users and /etc/nix
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
