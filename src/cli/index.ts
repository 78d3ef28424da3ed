// Entry point of the `segmap` command (bundled to dist-cli/segmap.js).
import { main } from './main.ts';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
