import { defineConfig, type Connect, type Plugin } from 'vite';

/**
 * The WAR forwards every `/t/{slug}/...` request to `/portal/index.html`.
 * This plugin does the same for `vite` (dev) and `vite preview`, so the app
 * can be opened locally at http://localhost:5173/t/acme/.
 */
function tenantPathFallback(): Plugin {
  const rewrite: Connect.NextHandleFunction = (req, _res, next) => {
    if (req.url && /^\/t\/[^/?#]+(?:[/?#]|$)/.test(req.url)) {
      req.url = '/portal/index.html';
    }
    next();
  };
  return {
    name: 'tessera-tenant-path-fallback',
    configureServer(server) {
      server.middlewares.use(rewrite);
    },
    configurePreviewServer(server) {
      server.middlewares.use(rewrite);
    },
  };
}

const apiTarget = process.env.TESSERA_API_URL ?? 'http://localhost:8080';

export default defineConfig({
  base: '/portal/',
  plugins: [tenantPathFallback()],
  build: {
    // Packaged by Maven into the jar as Servlet 3 static resources (META-INF/resources).
    outDir: 'target/classes/META-INF/resources/portal',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
});
