/**
 * Node, but with modules transformed as for the browser: the Svelte plugin then compiles
 * `*.svelte.ts` state modules for the client, where `$effect` runs (the server build never runs it).
 */
import { builtinEnvironments } from 'vitest/environments';
import type { Environment } from 'vitest/environments';

export default { ...builtinEnvironments.node, name: 'client-node', viteEnvironment: 'client' } satisfies Environment;
