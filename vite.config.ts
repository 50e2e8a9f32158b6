import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is loaded from file:// by Electron and from a loopback server in preview mode,
// so every URL in the output must be relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The polyfill is injected as an inline script, which the CSP (script-src 'self') forbids.
    modulePreload: { polyfill: false },
    // One bundle read from disk or loopback, never over a network: the web's 500 kB advice does not apply.
    chunkSizeWarningLimit: 4096,
  },
});
