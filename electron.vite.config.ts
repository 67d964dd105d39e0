// One build for the three Electron targets. Our layout is electron/{main,preload} and
// renderer/ rather than electron-vite's default src/*, so every entry is named here.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Bundle zod and the rest into one file: the installers ship out/ without node_modules.
      externalizeDeps: false,
      lib: { entry: resolve(root, 'electron/main/index.ts'), formats: ['es'], fileName: () => 'index.js' },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload is run as a classic script with a limited require(): it must be
      // one CommonJS file. `.cjs` because package.json says "type": "module".
      lib: { entry: resolve(root, 'electron/preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // Both hosts serve the same files with a strict CSP: no inline script, no eval, and
      // assets referenced relatively so app://renderer/ and http://127.0.0.1:PORT/ both work.
      assetsInlineLimit: 0,
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
