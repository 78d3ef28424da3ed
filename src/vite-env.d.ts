/// <reference types="svelte" />
/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

/** The app's version (package.json), with a build id when one was given (see vite.config.ts). */
declare const __SEGMAP_VERSION__: string;
