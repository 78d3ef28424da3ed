import { mount } from 'svelte';
import { registerSW } from 'virtual:pwa-register';
import App from './ui/App.svelte';
import { pwa } from './ui/state/pwa.svelte.ts';
import './ui/styles.css';

mount(App, { target: document.getElementById('app')! });

// The service worker precaches the whole app; a new version waits for the user (UpdateBanner).
const updateSW = registerSW({
  immediate: true,
  onNeedRefresh: () => (pwa.needRefresh = true),
  onOfflineReady: () => (pwa.offlineReady = true),
});
pwa.connect(updateSW);
