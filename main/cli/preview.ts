import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDesk } from '../services/app/desk-host';
import { sessionTokens } from '../services/secrets/token-keeper';
import { ConnectorError } from '../services/connectors/backend-connector';
import { createConnector, describeBackendProblem, type BackendConfig } from '../services/connectors/connector-factory';
import { createLogger } from '../services/logging/logger';
import { startPreviewServer } from '../services/preview/preview-server';
import { deskBackendConfig, parseDeskOptions } from './cli-options';
import { runCli } from './run-cli';

const USAGE =
  'usage: npm run preview -- [--backend <url> --token <token> [--backend-kind embedded|request-tracker|zendesk] [--zendesk-email <email> | --zendesk-oauth] [--rt-security-queue|--rt-default-queue|--rt-agent-group|--rt-security-group|--rt-topic-field|--rt-language-field|--rt-tags-field <name>] [--rt-priorities <low>,<normal>,<high>,<urgent>]] [--back-office <url> --back-office-token <token>] [--data <dir>] [--agent <id>] [--port <n>] [--traffic <per-minute>]';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Browser-hosted mode: the desk's real services, with the renderer served to a browser on loopback. */
runCli(async () => {
  const options = parseDeskOptions(process.argv.slice(2), join(root, '.agentdesk-data', 'preview'));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const backend = options.backend ? deskBackendConfig(options, options.backend.url, options.backend.token) : undefined;
  if (backend && backend.kind !== 'embedded') await checkBackend(backend);
  const services = await startDesk({
    dataDir: options.dataDir,
    // No OS keychain in the browser-hosted mode: a token typed in the settings view lasts as long as this process.
    tokens: sessionTokens(),
    // A person reads this terminal for the URL line: only warnings and errors by default (AGENTDESK_LOG_LEVEL=info for more).
    logger: createLogger({ name: 'agentdesk-preview', level: process.env.AGENTDESK_LOG_LEVEL ?? 'warn' }),
    appVersion: version,
    trafficPerMinute: options.trafficPerMinute,
    ...(backend ? { commandLineBackend: backend } : {}),
    ...(options.agentId ? { agentId: options.agentId } : {}),
    ...(options.backOffice ? { backOffice: options.backOffice } : {}),
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

/**
 * A Request Tracker or Zendesk address is typed by hand, so it is checked once before start: a
 * wrong address, token or kind stops the preview with one sentence. An unreachable server does
 * not, since the desk works from its cache and catches up when the server answers again.
 */
async function checkBackend(backend: BackendConfig): Promise<void> {
  try {
    await createConnector(backend).checkConnection();
  } catch (error) {
    if (error instanceof ConnectorError && error.kind === 'temporary') {
      process.stderr.write(`AgentDesk: ${describeBackendProblem(error, backend)} Starting from the local cache.\n`);
      return;
    }
    throw new Error(describeBackendProblem(error, backend));
  }
}
