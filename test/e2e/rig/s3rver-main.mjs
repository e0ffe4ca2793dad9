// Runs s3rver in its own process (tests block on child processes with spawnSync, which would freeze an
// in-process server). Usage: node s3rver-main.mjs DIR BUCKET [PORT]; prints the port on stdout once listening,
// and on SIGTERM, before it exits, one line: `requests signed=N anonymous=N refused=N`.
// Every signed request must carry a valid SigV4 signature for S3RVER/S3RVER, region us-east-1 (sigv4-check.ts): s3rver
// itself checks none. What it refuses is logged on stderr.
import S3rver from 's3rver';
import { sigv4Middleware } from './sigv4-check.ts';

const [directory, bucket, port = '0'] = process.argv.slice(2);
const server = new S3rver({ address: '127.0.0.1', port: Number(port), silent: true, directory, configureBuckets: [{ name: bucket }] });
const secrets = new Map([['S3RVER', 'S3RVER']]);
const counts = { signed: 0, anonymous: 0, refused: 0 };
server.middleware.unshift(
  sigv4Middleware({ region: 'us-east-1', service: 's3', secretFor: (id) => secrets.get(id) }, (verdict, what) => {
    counts[verdict]++;
    if (verdict === 'refused') process.stderr.write(`s3rver: refused ${what}\n`);
  }),
);
const addr = await server.run();
process.stdout.write(`${addr.port}\n`);
process.on('SIGTERM', () =>
  server.close().then(() => {
    process.stdout.write(`requests signed=${counts.signed} anonymous=${counts.anonymous} refused=${counts.refused}\n`, () =>
      process.exit(0),
    );
  }),
);
