// Builds a copy of better-sqlite3 for Electron's ABI in .cache/, leaving node_modules' copy (built
// for Node, used by the tests) untouched. Prints the path of the Electron build on stdout.
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
const sqliteVersion = JSON.parse(readFileSync('node_modules/better-sqlite3/package.json', 'utf8')).version;
const dir = resolve('.cache', `better-sqlite3-${sqliteVersion}-electron-${electronVersion}`);
const binding = join(dir, 'build', 'Release', 'better_sqlite3.node');

if (!existsSync(binding)) {
  mkdirSync(dir, { recursive: true });
  cpSync('node_modules/better-sqlite3', dir, { recursive: true, filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`) });
  const gyp = spawnSync('npx', ['--no-install', 'node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'], {
    cwd: dir,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (gyp.status !== 0 || !existsSync(binding)) {
    console.error(`AgentDesk: could not build better-sqlite3 for Electron ${electronVersion} (Electron's headers must be downloadable).`);
    process.exit(1);
  }
}
process.stdout.write(binding + '\n');
