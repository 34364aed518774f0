import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The web console's build (`npm run build` runs it after the server's): console/src into
 * console/dist, served by the server at /console (src/http/console.ts). Everything is bundled:
 * the page loads nothing from outside the server. JSX is compiled by Vite's own transformer
 * (oxc) with React's automatic runtime, so no plugin is needed for a production build.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/console/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Source maps are left out: the console's sources are in the repository.
    sourcemap: false,
    // Vite 8 minifies CSS with lightningcss, which is MPL-2.0: the project allows only permissive
    // licences, so package.json overrides it with a stub (console/vendor/no-lightningcss) and the
    // 3 KB of CSS ships unminified (gzip does the rest).
    cssMinify: false,
    reportCompressedSize: false,
  },
});
