import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppServices } from '../services/app/app-services';
import { createLogger } from '../services/logging/logger';
import { startPreviewServer } from '../services/preview/preview-server';
import { parseDeskOptions } from './cli-options';
import { runCli } from './run-cli';

const USAGE = 'usage: npm run preview -- [--backend <url> --token <token>] [--data <dir>] [--agent <id>] [--port <n>] [--traffic <per-minute>]';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Browser-hosted mode: the desk's real services, with the renderer served to a browser on loopback. */
runCli(async () => {
  const options = parseDeskOptions(process.argv.slice(2), join(root, '.agentdesk-data', 'preview'));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const services = await createAppServices({
    dataDir: options.dataDir,
    logger: createLogger({ name: 'agentdesk-preview' }),
    appVersion: version,
    trafficPerMinute: options.trafficPerMinute,
    ...(options.backend ? { backend: options.backend } : {}),
    ...(options.agentId ? { agentId: options.agentId } : {}),
    ...(options.seedTickets !== undefined ? { seedTickets: options.seedTickets } : {}),
  });
  const preview = await startPreviewServer({
    services,
    rendererDir: join(root, 'dist', 'renderer'),
    preloadFile: join(root, 'dist', 'preload', 'browser-preload.js'),
    ...(options.port !== undefined ? { port: options.port } : {}),
  });
  process.stdout.write(`AgentDesk preview: ${preview.url}\n`);
  return {
    close: async () => {
      await preview.close();
      await services.close();
    },
  };
}, USAGE);
