// `npm start`: the desktop app. Where Electron's binary is missing, say so in one line and point
// to the browser-hosted mode instead of printing a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Reads what electron's installer recorded; requiring 'electron' would try to download it.
function electronBinary() {
  const pathFile = join('node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join('node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary) {
  console.error("AgentDesk: Electron's binary is not installed here, so the desktop window cannot open — run `npm run preview` and open the URL it prints (same services, in your browser).");
  process.exit(1);
}

const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

// better-sqlite3 in node_modules is built for Node (tests use it); Electron needs its own ABI copy.
const prepared = spawnSync(process.execPath, ['scripts/electron-native.mjs'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
if (prepared.status !== 0) process.exit(prepared.status ?? 1);
const binding = prepared.stdout.trim();

const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, AGENTDESK_SQLITE_BINDING: binding } });
child.on('exit', (code) => process.exit(code ?? 0));
