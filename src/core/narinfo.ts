import { baseName, fullPath } from './store-path.js';

export type Compression = 'zstd' | 'xz' | 'br' | 'none';

export interface NarInfo {
  storePath: string;
  url: string;
  compression: Compression | string;
  fileHash?: string;
  fileSize?: number;
  narHash: string; // sha256:<nix32>
  narSize: number;
  references: string[]; // full store paths
  deriver?: string; // full store path
  sigs: string[];
  ca?: string;
}

/** The string Nix signs: `1;<path>;<narHash>;<narSize>;<sorted references, comma-joined>`. */
export function fingerprint(info: Pick<NarInfo, 'storePath' | 'narHash' | 'narSize' | 'references'>): string {
  const refs = info.references.map(fullPath).sort();
  return `1;${info.storePath};${info.narHash};${info.narSize};${refs.join(',')}`;
}

/** Renders a narinfo in Nix's field order; `Compression:` always, `References:` even when empty. */
export function renderNarInfo(info: NarInfo): string {
  const lines = [`StorePath: ${info.storePath}`, `URL: ${info.url}`, `Compression: ${info.compression}`];
  if (info.fileHash) lines.push(`FileHash: ${info.fileHash}`);
  if (info.fileSize !== undefined) lines.push(`FileSize: ${info.fileSize}`);
  lines.push(`NarHash: ${info.narHash}`, `NarSize: ${info.narSize}`);
  lines.push(`References: ${info.references.map(baseName).sort().join(' ')}`);
  if (info.deriver) lines.push(`Deriver: ${baseName(info.deriver)}`);
  for (const sig of info.sigs) lines.push(`Sig: ${sig}`);
  if (info.ca) lines.push(`CA: ${info.ca}`);
  return lines.join('\n') + '\n';
}

/** Parses a narinfo; unknown keys are ignored; missing required keys throw. */
export function parseNarInfo(text: string): NarInfo {
  const fields = new Map<string, string>();
  const sigs: string[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const colon = line.indexOf(': ');
    const key = colon < 0 ? line.replace(/:$/, '') : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 2);
    if (key === 'Sig') sigs.push(value);
    else fields.set(key, value);
  }
  const need = (k: string): string => {
    const v = fields.get(k);
    if (v === undefined || (v === '' && k !== 'References')) throw new Error(`narinfo lacks ${k}`);
    return v;
  };
  const num = (k: string): number => {
    const v = need(k);
    if (!/^\d+$/.test(v)) throw new Error(`narinfo ${k} is not a number`);
    return Number(v);
  };
  const refs = (fields.get('References') ?? '').split(' ').filter(Boolean).map(fullPath);
  const info: NarInfo = {
    storePath: need('StorePath'),
    url: need('URL'),
    compression: fields.get('Compression') || 'bzip2', // Nix's default when the field is absent
    narHash: need('NarHash'),
    narSize: num('NarSize'),
    references: refs,
    sigs,
  };
  if (fields.get('FileHash')) info.fileHash = fields.get('FileHash')!;
  if (fields.get('FileSize')) info.fileSize = num('FileSize');
  if (fields.get('Deriver') && fields.get('Deriver') !== 'unknown-deriver') info.deriver = fullPath(fields.get('Deriver')!);
  if (fields.get('CA')) info.ca = fields.get('CA')!;
  return info;
}

/**
 * `text` with a `Sig:` line after its last one. The narinfo is edited rather than re-rendered, so fields this
 * project does not parse (System:, `Deriver: unknown-deriver`, …) stay as they were.
 */
export function addSignature(text: string, sig: string): string {
  const lines = text.split('\n');
  const last = lines.findLastIndex((l) => l.startsWith('Sig: '));
  if (last < 0) return `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}Sig: ${sig}\n`;
  lines.splice(last + 1, 0, `Sig: ${sig}`);
  return lines.join('\n');
}
