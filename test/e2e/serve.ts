import { preview } from 'vite';
import type { PreviewServer } from 'vite';

/** Serves the built app (dist/) on E2E_PORT for the browser tests. */
let server: PreviewServer;
// SEGMAP_E2E_PORT lets two checkouts run their browser tests side by side.
export const E2E_PORT = Number(process.env.SEGMAP_E2E_PORT ?? 4183);

export async function setup() {
  server = await preview({ preview: { port: E2E_PORT, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
}

export async function teardown() {
  await server?.close();
}
