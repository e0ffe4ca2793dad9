/**
 * nix.conf management, pure: the managed drop-in's text, the one `include` line in /etc/nix/nix.conf, and the
 * removal of a runner user from trusted-users. Our drop-in is included last, so its settings win.
 */
export const CACHE_NIXOS_ORG = 'https://cache.nixos.org/';
export const CACHE_NIXOS_ORG_KEY = 'cache.nixos.org-1:6NCHdD59X431o0gWypbMrAURkbJ16ZPMQFGspcDShjY=';

export interface DropInOptions {
  substituter: string;
  publicKey: string;
  hookPath: string;
  extraSubstituters: string[];
  extraTrustedPublicKeys: string[];
  extraConf: string;
}

const uniq = (xs: string[]) => [...new Set(xs.filter(Boolean))];

export function renderDropIn(o: DropInOptions): string {
  const lines = [
    '# Managed by nix-trusted-cache: provisioning rewrites this file; put your settings in extra-conf.',
    `substituters = ${uniq([o.substituter, ...o.extraSubstituters, CACHE_NIXOS_ORG]).join(' ')}`,
    `trusted-public-keys = ${uniq([o.publicKey, ...o.extraTrustedPublicKeys, CACHE_NIXOS_ORG_KEY]).join(' ')}`,
    `post-build-hook = ${o.hookPath}`,
    // Builds run as the unprivileged nixbld users (Debian's nix-bin ships no nix.conf that says so).
    'build-users-group = nixbld',
    // Only root may pass restricted options (post-build-hook, secret-key-files…) or import unsigned paths.
    'trusted-users = root',
    'require-sigs = true',
    'sandbox = true',
    'sandbox-fallback = false',
  ];
  const extra = o.extraConf.trim();
  if (extra) lines.push('# extra-conf', extra);
  return lines.join('\n') + '\n';
}

/**
 * Puts `include DROPIN` last in nix.conf text (once; idempotent). Last, because Nix applies settings in file
 * order: a `trusted-users` or `extra-trusted-users` line after our drop-in's `trusted-users = root` would
 * trust users again (a trusted user can pass --option post-build-hook and become root), and so would an
 * include after ours.
 */
export function withInclude(nixConf: string, dropIn: string): string {
  const line = `include ${dropIn}`;
  const lines = nixConf.split('\n');
  const last = lines.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  if (last.at(-1) === line) return nixConf;
  const kept = lines.filter((l) => l.trim() !== line).join('\n');
  const base = kept === '' || kept.endsWith('\n') ? kept : kept + '\n';
  return `${base}${line}\n`;
}

/** The setting that decides who the daemon trusts: only the drop-in's own `trusted-users = root` may set it. */
const TRUST_SETTING = /^\s*(extra-)?trusted-users\s*=/;

/** The lines of `conf` (nix.conf or extra-conf) that set who is trusted, with their line numbers. */
export function trustLines(conf: string): { line: number; text: string }[] {
  return conf
    .split('\n')
    .map((text, i) => ({ line: i + 1, text: text.trim() }))
    .filter((l) => TRUST_SETTING.test(l.text));
}

/** extra-conf goes after `trusted-users = root` in the drop-in: it must not change who is trusted. */
export function trustSettingIn(extraConf: string): string | undefined {
  return extraConf
    .split('\n')
    .find((l) => TRUST_SETTING.test(l) && /trusted-users/.test(l))
    ?.trim();
}

/** Removes our include line (for deprovisioning). */
export function withoutInclude(nixConf: string, dropIn: string): string {
  return nixConf
    .split('\n')
    .filter((l) => l.trim() !== `include ${dropIn}`)
    .join('\n');
}

/**
 * Removes `user` from every (extra-)trusted-users line. Returns the new text and whether it changed.
 * A trusted runner user could pass --option post-build-hook or import unsigned paths: it must not stay.
 */
export function withoutTrustedUser(nixConf: string, user: string): { text: string; changed: boolean } {
  let changed = false;
  const text = nixConf
    .split('\n')
    .map((line) => {
      const m = /^(\s*(?:extra-)?trusted-users\s*=\s*)(.*)$/.exec(line);
      if (!m) return line;
      const users = m[2]!.split(/\s+/).filter(Boolean);
      const kept = users.filter((u) => u !== user);
      if (kept.length === users.length) return line;
      changed = true;
      return `${m[1]}${kept.join(' ')}`.trimEnd();
    })
    .join('\n');
  return { text, changed };
}
