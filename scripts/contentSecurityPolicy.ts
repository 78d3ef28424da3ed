/**
 * The app's Content-Security-Policy (issue 15): its own origin only, so nothing imported or typed
 * into the app can reach the network, run as script or load a remote image or font.
 * Delivered two ways: a <meta http-equiv> injected into the built index.html (works on any static
 * host and offline, from the service worker's cache), and the same policy plus what only a header
 * can carry (frame-ancestors) as a real header from `vite preview` and the browser tests' servers.
 * Not in the dev server: Vite's HMR injects inline <style> elements.
 */
import type { Plugin } from 'vite';

/** The directives both deliveries share (a <meta> policy cannot carry frame-ancestors). */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  // No inline script, no eval: the entry, its chunks and the workers are files from this origin.
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // data: for the PNG export only: the chart is drawn into an <img> as a data:image/svg+xml URL,
  // then onto a canvas (src/charts/exportImage.ts). A data: image never reaches the network.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'media-src': ["'none'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

/** Directives that a <meta> policy ignores; sent as a header only. */
export const CSP_HEADER_ONLY: Readonly<Record<string, readonly string[]>> = {
  'frame-ancestors': ["'none'"],
};

const serialize = (d: Readonly<Record<string, readonly string[]>>) =>
  Object.entries(d)
    .map(([k, v]) => `${k} ${v.join(' ')}`)
    .join('; ');

/** The policy of the <meta http-equiv> element in the built index.html. */
export const CSP_META = serialize(CSP_DIRECTIVES);
/** The policy of the Content-Security-Policy header (preview and test servers). */
export const CSP_HEADER = serialize({ ...CSP_DIRECTIVES, ...CSP_HEADER_ONLY });

/** Puts the policy first in the built index.html's <head>, before any script or stylesheet it governs. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'segmap:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
