import { mount } from 'svelte';
import { registerSW } from 'virtual:pwa-register';
import App from './ui/App.svelte';
import { importFlow } from './ui/state/importFlow.svelte.ts';
import { blockerOf, pwa } from './ui/state/pwa.svelte.ts';
import './ui/styles.css';

mount(App, { target: document.getElementById('app')! });

// The service worker precaches the whole app; a new version waits for the user (UpdateBanner).
// onNeedReload replaces registerSW's own reload, which would reload every open tab when the user
// of any one of them agrees (workbox-window's `controlling` event fires in all of them).
const updateSW = registerSW({
  immediate: true,
  onNeedRefresh: () => (pwa.needRefresh = true),
  onOfflineReady: () => (pwa.offlineReady = true),
  onNeedReload: () => pwa.controllerChanged(),
});
pwa.connect(updateSW, () => blockerOf(importFlow.stage));
