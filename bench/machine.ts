/** What the figures were measured on: cores, memory, CPU model, Node and Nix versions, load. */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { runCommand } from './measure.js';

export interface Machine {
  nproc: number;
  memoryGiB: number;
  cpu: string;
  node: string;
  nix: string;
  kernel: string;
}

export async function describeMachine(): Promise<Machine> {
  let cpu = 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {}
  const nix = await runCommand('nix', ['--version']).catch(() => undefined);
  const uname = await runCommand('uname', ['-sr']).catch(() => undefined);
  return {
    nproc: availableParallelism(),
    memoryGiB: totalmem() / 1024 ** 3,
    cpu,
    node: process.version,
    nix: nix?.stdout.trim() || 'unknown',
    kernel: uname?.stdout.trim() || 'unknown',
  };
}

/** The 1-minute load average: other work on the machine skews every figure, so the report records it. */
export function load(): number {
  return loadavg()[0]!;
}
