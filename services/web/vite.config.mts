import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The single-page app, built (`vite build services/web`) into services/web/dist and served by the standalone app at `/`.
 * `vite services/web` (the dev server) proxies the API to a running `npm start` on port 3000.
 */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000', '/oauth': 'http://127.0.0.1:3000', '/.well-known': 'http://127.0.0.1:3000' },
  },
});
