import { startEmbeddedBackend } from '../backend';
import { parseBackendOptions } from './cli-options';
import { runCli } from './run-cli';

const USAGE = 'usage: npm run backend -- [--data <dir> | --memory] [--port <n>] [--token <t>] [--tickets <n>] [--seed <n>] [--traffic <per-minute>] [--surge <factor>x<minutes> [--surge-incident <kind>]] [--dev-routes]';

/** The embedded backend on its own, so several desks (and tests) can share one. */
runCli(async () => {
  const options = parseBackendOptions(process.argv.slice(2));
  const backend = await startEmbeddedBackend({
    dataDir: options.dataDir,
    port: options.port,
    trafficPerMinute: options.trafficPerMinute,
    ...(options.token !== undefined ? { token: options.token } : {}),
    ...(options.tickets !== undefined ? { ticketCount: options.tickets } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.surge !== undefined ? { surge: options.surge } : {}),
    ...(options.devRoutes ? { devRoutes: true } : {}),
  });
  process.stdout.write(`AgentDesk backend: ${backend.url} token ${backend.token}\n`);
  return backend;
}, USAGE);
