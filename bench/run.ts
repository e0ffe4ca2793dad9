/**
 * `npm run bench` entry point. Node 24 runs the bench's TypeScript directly (type stripping); the bench and
 * the project's sources import each other with `.js` specifiers, as tsc's NodeNext resolution wants, so this
 * bootstrap first maps a relative `.js` import that does not exist to its `.ts` source, then loads the bench.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (err) {
      if (specifier.startsWith('.') && specifier.endsWith('.js')) return nextResolve(`${specifier.slice(0, -3)}.ts`, context);
      throw err;
    }
  },
});

try {
  const { main } = await import('./main.js');
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(
    `bench: ${err instanceof Error && err.name === 'MeasurementError' ? err.message : String((err as Error)?.stack ?? err)}\n`,
  );
  process.exitCode = 1;
}
