import { mount } from 'svelte';
import { registerSW } from 'virtual:pwa-register';
import App from './ui/App.svelte';
import './ui/styles.css';

mount(App, { target: document.getElementById('app')! });

// The service worker precaches the app shell; updates wait for the user (full prompt UI: later).
registerSW({ immediate: true });
