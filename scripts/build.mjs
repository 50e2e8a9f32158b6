// One build for the three parts: main (Electron glue + services) and the preloads with esbuild,
// the renderer with Vite. Output in dist/.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { rmSync } from 'node:fs';

/** A main-process bundle (the desktop's main, the preview's entry): Node, CommonJS, beside the read worker. */
function mainBundle(entry, outfile) {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Native and Electron modules are loaded at run time, never bundled.
    external: ['electron', 'better-sqlite3'],
    // import.meta.url keeps meaning this file in CommonJS (the read pool finds its worker beside it).
    banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__importMetaUrl' },
    sourcemap: true,
    logLevel: 'warning',
  };
}

const started = Date.now();
rmSync('dist/main', { recursive: true, force: true });
rmSync('dist/preload', { recursive: true, force: true });

await Promise.all([
  esbuild(mainBundle('main/electron/electron-main.ts', 'dist/main/electron-main.cjs')),
  // The browser-hosted mode's entry (`npm run preview`), bundled like the desktop's main: the same
  // code a desk runs, without a TypeScript loader in the process (tsx added ~70 MB of its memory).
  esbuild(mainBundle('main/cli/preview.ts', 'dist/main/preview.cjs')),
  // The read worker (heavy reads on their own read-only connection), found beside the main bundle.
  esbuild({
    entryPoints: ['main/services/workers/read-worker.ts'],
    outfile: 'dist/main/read-worker.cjs',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    sourcemap: true,
    logLevel: 'warning',
  }),
  esbuild({
    entryPoints: ['preload/electron-preload.ts'],
    outfile: 'dist/preload/electron-preload.cjs',
    bundle: true,
    // A sandboxed preload may require nothing but 'electron': everything else is bundled in.
    platform: 'node',
    format: 'cjs',
    target: 'chrome130',
    external: ['electron'],
    logLevel: 'warning',
  }),
  esbuild({
    entryPoints: ['preload/browser-preload.ts'],
    outfile: 'dist/preload/browser-preload.js',
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    logLevel: 'warning',
  }),
]);
await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
console.log(`AgentDesk built in ${Date.now() - started} ms: dist/main, dist/preload, dist/renderer`);
