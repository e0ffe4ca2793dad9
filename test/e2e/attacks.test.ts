/**
 * The attack suite (docs/threat-model.md): as the unprivileged runner user, against a provisioned machine with a real
 * nix-daemon and a real S3 cache, each attack must fail, and the cache must end up holding no path signed by our
 * key that the daemon did not build.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseNarInfo } from '../../src/core/narinfo.js';
import {
  asRunner,
  buildAsRunner,
  describeE2E,
  ensureDaemon,
  ledgerLength,
  provisionRunner,
  RUNNER,
  sh,
  waitForLedgerPaths,
  type Provisioned,
} from './rig/rig.js';
import { S3_CREDENTIALS, startS3, type S3Server } from './rig/s3.js';

const KEY_FILE = '/etc/nix-trusted-cache/signing-key';
const CREDS_FILE = '/etc/nix-trusted-cache/credentials';

/** A world-readable scratch dir for files the runner user needs (expressions, attacker keys). */
function scratch(): string {
  const d = mkdtempSync(join(tmpdir(), 'ntc-attack-'));
  chmodSync(d, 0o777);
  return d;
}

/** Every narinfo in the bucket, parsed (s3rver keeps objects as files under DIR/BUCKET/KEY._S3rver_object). */
function cachedNarInfos(s3: S3Server): ReturnType<typeof parseNarInfo>[] {
  const dir = join(s3.directory, s3.bucket);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.narinfo._S3rver_object'))
    .map((n) => parseNarInfo(readFileSync(join(dir, n), 'utf8')));
}

describeE2E('attacks by the runner user', () => {
  let s3: S3Server;
  let prov: Provisioned;
  let secretB64: string;
  let credsSecret: string;
  const built = new Set<string>(); // paths the daemon built for us during this suite

  beforeAll(async () => {
    await ensureDaemon();
    s3 = await startS3('attacks');
    prov = provisionRunner({ cacheUrl: s3.cacheUrl, credentials: { ...S3_CREDENTIALS, secretAccessKey: S3_CREDENTIALS.secretAccessKey } });
    secretB64 = prov.secretKey.slice(prov.secretKey.indexOf(':') + 1);
    credsSecret = S3_CREDENTIALS.secretAccessKey;
    // A first honest build so the worker runs and the cache has content.
    const honest = buildAsRunner(['honest']);
    honest.forEach((p) => built.add(p));
    await waitForLedgerPaths(honest);
  });

  afterAll(async () => {
    await s3?.destroy();
  });

  it('cannot read the signing key or the credentials', () => {
    for (const f of [KEY_FILE, CREDS_FILE]) {
      const r = asRunner('cat', [f]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/Permission denied/);
      expect(r.stdout).toBe('');
    }
    // nor copy, link or open them by another route
    expect(asRunner('cp', [KEY_FILE, '/tmp/stolen-key']).code).not.toBe(0);
    expect(asRunner('ln', [KEY_FILE, '/tmp/linked-key']).code).not.toBe(0);
  });

  it('cannot find the key or the credentials in ps, /proc/*/environ, /proc/*/cmdline or the logs', () => {
    const ps = asRunner('ps', ['-eo', 'pid,user,args', '--no-headers']);
    expect(ps.code).toBe(0);
    expect(ps.stdout).not.toContain(secretB64);
    // Whatever /proc files the runner can read must not hold a secret.
    const scan = asRunner('sh', [
      '-c',
      'for f in /proc/[0-9]*/environ /proc/[0-9]*/cmdline; do cat "$f" 2>/dev/null | tr "\\0" "\\n"; done',
    ]);
    expect(scan.stdout).not.toContain(secretB64);
    expect(scan.stdout).not.toContain(`"${credsSecret}"`);
    // The worker's own environment, read as root, holds no secret either (it reads them from files).
    const pid = readFileSync('/var/lib/nix-trusted-cache/worker.pid', 'utf8').split(' ')[0]!;
    const env = readFileSync(`/proc/${pid}/environ`, 'utf8');
    expect(env).not.toContain(secretB64);
    expect(env).not.toMatch(/AWS_SECRET_ACCESS_KEY|S3RVER/);
    expect(asRunner('cat', [`/proc/${pid}/environ`]).code).not.toBe(0);
    for (const log of [
      '/var/log/nix-trusted-cache/worker.log',
      '/var/log/nix-trusted-cache/nix-daemon.log',
      '/var/lib/nix-trusted-cache/ledger.jsonl',
    ]) {
      if (existsSync(log)) expect(readFileSync(log, 'utf8')).not.toContain(secretB64);
    }
  });

  it('restricted --option values are ignored: no user hook runs, no user key signs, no sig check is turned off', async () => {
    const d = scratch();
    const marker = join(d, 'evil-hook-ran');
    const hook = join(d, 'evil-hook');
    writeFileSync(hook, `#!/bin/sh\ntouch ${marker}\n`, { mode: 0o755 });
    const kg = sh('node', ['dist/cli.js', 'keygen', 'attacker-1']);
    const userKey = join(d, 'attacker.sk');
    writeFileSync(userKey, kg.stdout, { mode: 0o644 });
    const expr = join(d, 'x.nix');
    writeFileSync(
      expr,
      `derivation { name = "opt-attack"; system = builtins.currentSystem; builder = "/bin/sh"; salt = "${Date.now()}"; args = ["-c" "echo hi > $out"]; }`,
      { mode: 0o644 },
    );
    const r = asRunner('nix-build', [
      '--no-out-link',
      expr,
      '--option',
      'post-build-hook',
      hook,
      '--option',
      'secret-key-files',
      userKey,
      '--option',
      'require-sigs',
      'false',
      '--option',
      'trusted-public-keys',
      kg.stderr.trim(),
    ]);
    expect(r.code).toBe(0);
    const out = r.stdout.trim();
    built.add(out);
    // The daemon ran our hook, not the user's: our worker records the path (Nix 2.8 prints which hook it ran,
    // later versions only that they ignored the client's setting, so the ledger is the evidence on all).
    expect(r.stderr).not.toContain(hook);
    await waitForLedgerPaths([out]);
    expect(existsSync(marker)).toBe(false);
    const sigs = sh('nix', ['--extra-experimental-features', 'nix-command', 'path-info', '--sigs', out]).stdout;
    expect(sigs).not.toContain('attacker-1:');
  });

  it('trusted through a group, or by an extra-trusted-users line after the include, the runner user is still untrusted after provisioning', async () => {
    // What an admin may have left: the runner in a trusted group, and a trust line appended after our include.
    sh('groupadd', ['-f', 'ntc-trusted']);
    sh('usermod', ['-aG', 'ntc-trusted', RUNNER]);
    const original = readFileSync('/etc/nix/nix.conf', 'utf8');
    writeFileSync('/etc/nix/nix.conf', `trusted-users = root @ntc-trusted\n${original}extra-trusted-users = ${RUNNER} *\n`);
    try {
      const reprov = provisionRunner({
        cacheUrl: s3.cacheUrl,
        secretKey: prov.secretKey,
        credentials: { ...S3_CREDENTIALS, secretAccessKey: S3_CREDENTIALS.secretAccessKey },
      });
      expect(reprov.report.daemonRestarted).toBe(true);
      const conf = readFileSync('/etc/nix/nix.conf', 'utf8').trimEnd().split('\n');
      expect(conf.at(-1)).toBe('include /etc/nix/nix-trusted-cache.conf'); // moved last: it has the final word
      // The daemon's own answer is the judge: it treats the runner as untrusted, and ignores its --option.
      const audit = JSON.parse(sh('node', ['dist/cli.js', 'audit', '--user', RUNNER, '--json']).stdout) as {
        checks: { id: string; status: string; seen: string }[];
      };
      expect(audit.checks.find((c) => c.id === 'daemon-untrusted')).toMatchObject({ status: 'pass' });
      const d = scratch();
      const marker = join(d, 'evil-hook-ran');
      writeFileSync(join(d, 'evil-hook'), `#!/bin/sh\ntouch ${marker}\n`, { mode: 0o755 });
      writeFileSync(
        join(d, 'x.nix'),
        `derivation { name = "group-attack"; system = builtins.currentSystem; builder = "/bin/sh"; salt = "${Date.now()}"; args = ["-c" "echo hi > $out"]; }`,
        { mode: 0o644 },
      );
      const r = asRunner('nix-build', ['--no-out-link', join(d, 'x.nix'), '--option', 'post-build-hook', join(d, 'evil-hook')]);
      expect(r.code, r.stderr).toBe(0);
      built.add(r.stdout.trim());
      await waitForLedgerPaths([r.stdout.trim()]);
      expect(existsSync(marker)).toBe(false);
      // extra-conf may not trust anyone: refused with a reason, before anything changes
      const refused = sh(
        'node',
        ['dist/cli.js', 'provision', '--cache', s3.cacheUrl, '--secrets-stdin', '--extra-conf', `extra-trusted-users = ${RUNNER}`],
        {
          input: JSON.stringify({ signingKey: prov.secretKey }),
        },
      );
      expect(refused.code).toBe(1);
      expect(refused.stderr.trim()).toMatch(/^nix-trusted-cache provision: extra-conf sets who the daemon trusts/);
    } finally {
      sh('gpasswd', ['-d', RUNNER, 'ntc-trusted']);
      sh('groupdel', ['ntc-trusted']);
      writeFileSync('/etc/nix/nix.conf', original);
      provisionRunner({
        cacheUrl: s3.cacheUrl,
        secretKey: prov.secretKey,
        credentials: { ...S3_CREDENTIALS, secretAccessKey: S3_CREDENTIALS.secretAccessKey },
      });
    }
  });

  it('cannot point the audit or status at a layout of its own (NTC_ROOT) or a nix of its own (PATH)', () => {
    const d = scratch();
    mkdirSync(join(d, 'etc/nix-trusted-cache'), { recursive: true });
    const fake = { cache: 'file:///FAKE-CACHE', substituter: 'file:///FAKE-CACHE', publicKey: 'fake-1:AAAA', version: 'FAKE-9.9' };
    writeFileSync(join(d, 'etc/nix-trusted-cache/config.json'), JSON.stringify(fake), { mode: 0o644 });
    mkdirSync(join(d, 'bin'));
    // a nix that answers every question with a healthy-looking, recognisable configuration
    writeFileSync(join(d, 'bin/nix'), `#!/bin/sh\necho '{"trusted-users":{"value":["root","FAKE-NIX"]},"require-sigs":{"value":true}}'\n`, {
      mode: 0o755,
    });
    const env = { NTC_ROOT: d, PATH: `${join(d, 'bin')}:/usr/local/bin:/usr/bin:/bin` };
    const cli = join(process.cwd(), 'dist/cli.js');

    const status = asRunner(process.execPath, [cli, 'status', '--json'], { env });
    expect(status.stdout).not.toContain('FAKE');
    expect(JSON.parse(status.stdout).installed?.version).not.toBe('FAKE-9.9');
    const audit = asRunner(process.execPath, [cli, 'audit', '--json'], { env });
    expect(audit.stdout).not.toContain('FAKE');
    const checks = (JSON.parse(audit.stdout) as { checks: { id: string; seen: string }[] }).checks;
    expect(checks.find((c) => c.id === 'provisioned')?.seen).toBe(`cache ${s3.cacheUrl}`);
  });

  it('a file:// cache directory the runner user made first is refused, not written into as root', () => {
    const dir = `/tmp/ntc-runner-made-cache-${process.pid}`;
    expect(asRunner('mkdir', ['-p', `${dir}/nar`]).code).toBe(0);
    expect(asRunner('ln', ['-s', '/etc/shadow', `${dir}/nix-cache-info`]).code).toBe(0);
    try {
      const r = sh('node', ['dist/cli.js', 'provision', '--cache', `file://${dir}`, '--secrets-stdin'], {
        input: JSON.stringify({ signingKey: prov.secretKey }),
      });
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(new RegExp(`the file:// cache ${dir} is not safe for root to write: ${dir} is owned by uid \\d+, not root`));
    } finally {
      sh('rm', ['-rf', dir]);
    }
  });

  it('cannot import an unsigned path or a path signed by another key into the store', () => {
    const d = scratch();
    // An attacker's own cache with a path signed by the attacker's key.
    const kg = sh('node', ['dist/cli.js', 'keygen', 'attacker-2']);
    const skFile = join(d, 'k.sk');
    writeFileSync(skFile, kg.stdout, { mode: 0o644 });
    const src = join(d, 'payload');
    writeFileSync(src, `evil ${Date.now()}\n`);
    const evilPath = sh('nix-store', ['--store', join(d, 'evilstore'), '--add', src]).stdout.trim();
    const cacheDir = join(d, 'evilcache');
    const cp = sh('nix', [
      '--extra-experimental-features',
      'nix-command',
      'copy',
      '--from',
      join(d, 'evilstore'),
      '--to',
      `file://${cacheDir}?secret-key=${skFile}`,
      evilPath,
    ]);
    expect(cp.code).toBe(0);
    sh('chmod', ['-R', 'a+rX', d]);
    // Signed by a key the daemon does not trust: refused even though the user passes it as trusted.
    const imp = asRunner('nix', [
      '--extra-experimental-features',
      'nix-command',
      'copy',
      '--from',
      `file://${cacheDir}`,
      evilPath,
      '--option',
      'trusted-public-keys',
      kg.stderr.trim(),
    ]);
    // Content-addressed paths are self-certifying; an input-addressed forgery is the real threat: export one.
    const exp = join(d, 'evil.nar');
    sh('sh', ['-c', `nix-store --store ${join(d, 'evilstore')} --export ${evilPath} > ${exp}`]);
    chmodSync(exp, 0o644);
    const imp2 = asRunner('sh', ['-c', `nix-store --import < ${exp}`]);
    expect(imp2.code).not.toBe(0);
    expect(imp2.stderr).toMatch(/lacks a signature|not a trusted user|signature/);
    // Whatever the content-addressed copy did, nothing of it may reach our cache signed by our key.
    void imp;
  });

  it('cannot write the queue, the ledger, the hook, the worker bundle or node, nor replace their directories', () => {
    const attempts: [string, string][] = [
      ['queue entry', 'echo /nix/store/00000000000000000000000000000000-x.drv > /var/lib/nix-trusted-cache/queue/1-1.entry'],
      ['ledger append', 'echo {} >> /var/lib/nix-trusted-cache/ledger.jsonl'],
      ['ledger truncate', ': > /var/lib/nix-trusted-cache/ledger.jsonl'],
      ['hook', 'echo "touch /tmp/pwned" >> /etc/nix-trusted-cache/post-build-hook'],
      ['worker bundle', 'echo "//x" >> /usr/local/lib/nix-trusted-cache/cli.js'],
      ['node binary', 'cp /bin/true /usr/local/lib/nix-trusted-cache/node'],
      ['lib dir rename', 'mv /usr/local/lib/nix-trusted-cache /usr/local/lib/ntc-moved'],
      ['etc dir rename', 'mv /etc/nix-trusted-cache /etc/ntc-moved'],
      ['state dir rename', 'mv /var/lib/nix-trusted-cache /var/lib/ntc-moved'],
      ['plant a file in /etc/nix-trusted-cache', 'touch /etc/nix-trusted-cache/evil'],
      ['nix.conf', 'echo "trusted-users = ntc-runner" >> /etc/nix/nix.conf'],
      ['drop-in', 'echo "trusted-users = ntc-runner" >> /etc/nix/nix-trusted-cache.conf'],
      ['status file', 'echo {} > /var/lib/nix-trusted-cache/status.json'],
    ];
    const hookBefore = readFileSync('/etc/nix-trusted-cache/post-build-hook');
    for (const [what, cmd] of attempts) {
      const r = asRunner('sh', ['-c', cmd]);
      expect(r.code, `${what} should be refused`).not.toBe(0);
    }
    expect(readFileSync('/etc/nix-trusted-cache/post-build-hook').equals(hookBefore)).toBe(true);
    expect(existsSync('/etc/nix-trusted-cache/evil')).toBe(false);
    expect(readFileSync('/etc/nix/nix.conf', 'utf8')).not.toContain('trusted-users = ntc-runner');
  });

  it('odd store-path names and file names cannot break the hook', async () => {
    const d = scratch();
    const expr = join(d, 'odd.nix');
    // Names may hold + - . _ ? = ; contents may hold anything: newlines, quotes, $( ), globs.
    writeFileSync(
      expr,
      `derivation { name = "odd-?=+name_.x"; system = builtins.currentSystem; builder = "/bin/sh"; salt = "${Date.now()}";
        args = ["-c" "mkdir $out; touch \\"$out/\\$(touch \\$out.pwn)\\" \\"$out/a b\\" \\"$out/q'uote\\" \\"$out/*\\"; printf 'x\\\\ny' > \\"$out/new\\nline\\""]; }`,
      { mode: 0o644 },
    );
    const from = ledgerLength();
    const r = asRunner('nix-build', ['--no-out-link', expr]);
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout.trim();
    built.add(out);
    const lines = await waitForLedgerPaths([out], 90_000, from);
    expect(lines.get(out)?.status).toBe('uploaded');
    expect(existsSync('/tmp/pwned')).toBe(false);
    expect(readdirSync('/nix/store').some((n) => n.endsWith('.pwn'))).toBe(false);
  });

  it("a path tampered with behind Nix's back (as root) is refused, never signed", async () => {
    await s3.stop(); // keep the entry queued while we tamper
    const from = ledgerLength();
    const [out] = buildAsRunner(['tamper-me']);
    const original = readFileSync(out!);
    sh('chmod', ['u+w', out!]);
    writeFileSync(out!, 'tampered\n', { flag: 'a' });
    sh('chmod', ['u-w', out!]);
    await s3.start();
    const mine = (await waitForLedgerPaths([out!], 90_000, from)).get(out!);
    expect(mine?.status).toBe('refused');
    expect(String(mine?.reason)).toMatch(/differ|modified/);
    expect(cachedNarInfos(s3).some((n) => n.storePath === out)).toBe(false);
    // Put the original bytes back so the store is consistent again for other suites.
    sh('chmod', ['u+w', out!]);
    writeFileSync(out!, original);
    sh('chmod', ['u-w', out!]);
  });

  it('the cache holds no path signed by our key that the daemon did not build', async () => {
    // Builds from the attacks above land in the cache once the worker gets to them.
    for (let i = 0; i < 150 && ![...built].every((p) => cachedNarInfos(s3).some((n) => n.storePath === p)); i++) {
      await new Promise((r) => setTimeout(r, 200));
    }
    const infos = cachedNarInfos(s3);
    expect(infos.length).toBeGreaterThan(0);
    const uploaded = new Set(
      readFileSync('/var/lib/nix-trusted-cache/ledger.jsonl', 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { path: string; status: string })
        .filter((l) => l.status === 'uploaded')
        .map((l) => l.path),
    );
    for (const info of infos) {
      const ours = info.sigs.some((s) => s.startsWith(prov.publicKey.split(':')[0] + ':'));
      if (!ours) continue;
      expect(uploaded.has(info.storePath), `${info.storePath} signed but never uploaded by the worker`).toBe(true);
    }
    for (const p of built)
      expect(
        infos.some((i) => i.storePath === p),
        `${p} should be in the cache`,
      ).toBe(true);
    // The suite's figures, for the log: what was tried, and that nothing the daemon built was lost.
    // the tests of this file but this one, each an attack that must fail (each test's result says whether it did)
    const attacks = (readFileSync(fileURLToPath(import.meta.url), 'utf8').match(/^ {2}it\(/gm) ?? []).length - 1;
    const landed = [...built].filter((p) => uploaded.has(p) || infos.some((i) => i.storePath === p)).length;
    process.stdout.write(
      `attack suite: ${attacks} attacks tried as ${RUNNER} (one test each); ${built.size} paths the daemon built, ${landed} settled and in the cache (nothing lost)\n`,
    );
    expect(landed).toBe(built.size);
  });
});
