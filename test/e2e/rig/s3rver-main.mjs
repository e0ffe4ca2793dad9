// Runs s3rver in its own process (tests block on child processes with spawnSync, which would freeze an
// in-process server). Usage: node s3rver-main.mjs DIR BUCKET [PORT]; prints the port on stdout once listening.
import S3rver from 's3rver';

const [directory, bucket, port = '0'] = process.argv.slice(2);
const server = new S3rver({ address: '127.0.0.1', port: Number(port), silent: true, directory, configureBuckets: [{ name: bucket }] });
const addr = await server.run();
process.stdout.write(`${addr.port}\n`);
process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
