/** Builds the CLI bundle (dist-cli/segmap.js); resolves when written. */
export function buildCli(): Promise<void>;
