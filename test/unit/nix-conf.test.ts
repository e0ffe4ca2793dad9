import { describe, expect, it } from 'vitest';
import {
  CACHE_NIXOS_ORG,
  CACHE_NIXOS_ORG_KEY,
  renderDropIn,
  withInclude,
  withoutInclude,
  withoutTrustedUser,
  trustLines,
  trustSettingIn,
} from '../../src/provision/nix-conf.js';

const DROP_IN = '/etc/nix/nix-trusted-cache.conf';
const base = {
  substituter: 'http://127.0.0.1:9000/cache',
  publicKey: 'cache-1:AAAA',
  hookPath: '/etc/nix-trusted-cache/post-build-hook',
  extraSubstituters: [] as string[],
  extraTrustedPublicKeys: [] as string[],
  extraConf: '',
};

/** The value of each `name = value` line (later lines win, as in Nix). */
function settings(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of text.split('\n')) {
    const m = /^([a-z-]+)\s*=\s*(.*)$/.exec(l);
    if (m) out[m[1]!] = m[2]!;
  }
  return out;
}

describe('renderDropIn', () => {
  it('locks the trust settings down and names our hook, cache and key first', () => {
    const s = settings(renderDropIn(base));
    expect(s).toEqual({
      substituters: `http://127.0.0.1:9000/cache ${CACHE_NIXOS_ORG}`,
      'trusted-public-keys': `cache-1:AAAA ${CACHE_NIXOS_ORG_KEY}`,
      'post-build-hook': '/etc/nix-trusted-cache/post-build-hook',
      'build-users-group': 'nixbld',
      'trusted-users': 'root',
      'require-sigs': 'true',
      sandbox: 'true',
      'sandbox-fallback': 'false',
    });
  });

  it('adds extra substituters and keys once each, keeping cache.nixos.org', () => {
    const text = renderDropIn({
      ...base,
      extraSubstituters: ['https://a.example', base.substituter, CACHE_NIXOS_ORG, 'https://a.example'],
      extraTrustedPublicKeys: ['a-1:BBBB', CACHE_NIXOS_ORG_KEY, ''],
    });
    const s = settings(text);
    expect(s.substituters).toBe(`http://127.0.0.1:9000/cache https://a.example ${CACHE_NIXOS_ORG}`);
    expect(s['trusted-public-keys']).toBe(`cache-1:AAAA a-1:BBBB ${CACHE_NIXOS_ORG_KEY}`);
  });

  it('puts extra-conf last, so it wins', () => {
    const text = renderDropIn({ ...base, extraConf: '\nsandbox-paths = /bin/sh=/bin/busybox\nsubstituters =\n\n' });
    expect(text.endsWith('# extra-conf\nsandbox-paths = /bin/sh=/bin/busybox\nsubstituters =\n')).toBe(true);
    expect(settings(text).substituters).toBe('');
    expect(renderDropIn({ ...base, extraConf: '  \n' })).not.toContain('extra-conf\n');
  });

  it('is deterministic (provisioning compares it byte for byte)', () => {
    expect(renderDropIn(base)).toBe(renderDropIn({ ...base }));
  });
});

describe('withInclude / withoutInclude', () => {
  it('adds the include line once, at the end, on its own line', () => {
    expect(withInclude('', DROP_IN)).toBe(`include ${DROP_IN}\n`);
    expect(withInclude('sandbox = true\n', DROP_IN)).toBe(`sandbox = true\ninclude ${DROP_IN}\n`);
    expect(withInclude('sandbox = true', DROP_IN)).toBe(`sandbox = true\ninclude ${DROP_IN}\n`);
    const once = withInclude('a = b\n', DROP_IN);
    expect(withInclude(once, DROP_IN)).toBe(once);
    expect(withInclude(`x = y\n  include ${DROP_IN}  \n# a comment\n\n`, DROP_IN)).toBe(`x = y\n  include ${DROP_IN}  \n# a comment\n\n`);
  });

  it('moves our include line last when settings or includes follow it: they would override trusted-users = root', () => {
    const conf = `a = b\ninclude ${DROP_IN}\nextra-trusted-users = runner\ninclude /etc/nix/more.conf\n`;
    expect(withInclude(conf, DROP_IN)).toBe(`a = b\nextra-trusted-users = runner\ninclude /etc/nix/more.conf\ninclude ${DROP_IN}\n`);
  });

  it('does not take another include or a commented one for ours', () => {
    expect(withInclude(`include ${DROP_IN}.old\n`, DROP_IN)).toBe(`include ${DROP_IN}.old\ninclude ${DROP_IN}\n`);
    expect(withInclude(`# include ${DROP_IN}\n`, DROP_IN)).toContain(`\ninclude ${DROP_IN}\n`);
  });

  it('removes exactly our include line', () => {
    const conf = `a = b\ninclude ${DROP_IN}\ninclude /etc/nix/other.conf\n`;
    expect(withoutInclude(conf, DROP_IN)).toBe('a = b\ninclude /etc/nix/other.conf\n');
    expect(withoutInclude(withInclude('a = b\n', DROP_IN), DROP_IN)).toBe('a = b\n');
  });
});

describe('withoutTrustedUser', () => {
  it('removes the user from trusted-users and extra-trusted-users lines', () => {
    const r = withoutTrustedUser('trusted-users = root runner @wheel\nextra-trusted-users = runner\nsandbox = true\n', 'runner');
    expect(r).toEqual({ text: 'trusted-users = root @wheel\nextra-trusted-users =\nsandbox = true\n', changed: true });
  });

  it('keeps other users, even ones whose name contains it', () => {
    const text = 'trusted-users = root runner2 my-runner\n';
    expect(withoutTrustedUser(text, 'runner')).toEqual({ text, changed: false });
  });

  it('handles indentation and no spaces around =', () => {
    expect(withoutTrustedUser('  trusted-users=runner root', 'runner')).toEqual({ text: '  trusted-users=root', changed: true });
  });

  it('leaves other settings that mention the user alone', () => {
    const text = 'allowed-users = runner\n# trusted-users = runner\n';
    expect(withoutTrustedUser(text, 'runner')).toEqual({ text, changed: false });
  });
});

describe('the worker unit (where systemd runs)', () => {
  it('runs the root-owned node on the installed bundle forever, restarting on failure', async () => {
    const { renderWorkerUnit, WORKER_UNIT } = await import('../../src/provision/services.js');
    const unit = renderWorkerUnit();
    expect(WORKER_UNIT).toBe('nix-trusted-cache-worker.service');
    expect(unit).toMatch(
      /^ExecStart=\/usr\/bin\/flock \/var\/lib\/nix-trusted-cache\/queue\/\.worker\.lock \/usr\/local\/lib\/nix-trusted-cache\/node \/usr\/local\/lib\/nix-trusted-cache\/cli\.js worker --idle-exit 0$/m,
    );
    expect(unit).toMatch(/^Restart=always$/m);
    expect(unit).toMatch(/^WantedBy=multi-user\.target$/m);
    expect(unit).toMatch(/^After=.*nix-daemon\.service/m);
    // no secret is passed to the unit: the worker reads its files itself
    expect(unit).not.toMatch(/Environment=|signing-key|credentials/);
  });
});

describe('who is trusted', () => {
  it('finds every trusted-users line, groups and * included, with line numbers', () => {
    const conf = 'sandbox = true\ntrusted-users = root @wheel\n  extra-trusted-users = *\n# trusted-users = x\n';
    expect(trustLines(conf)).toEqual([
      { line: 2, text: 'trusted-users = root @wheel' },
      { line: 3, text: 'extra-trusted-users = *' },
    ]);
  });

  it('refuses extra-conf that changes trusted-users (it comes after the drop-in’s trusted-users = root)', () => {
    expect(trustSettingIn('keep-outputs = true\nextra-trusted-users = runner\n')).toBe('extra-trusted-users = runner');
    expect(trustSettingIn('trusted-users = root @nixbld')).toBe('trusted-users = root @nixbld');
    expect(trustSettingIn('keep-outputs = true\n# trusted-users = runner')).toBeUndefined();
  });
});
