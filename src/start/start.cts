/**
 * What `npm start` runs: `dist/main.cjs` (the bundle of `src/main.ts`) compiled with the code cache
 * `npm run build` made beside it, which saves Node compiling the bot's functions at every start.
 */
import { join } from 'node:path';
import { runWithCodeCache } from './code-cache.cts';

const main = join(__dirname, 'main.cjs');
runWithCodeCache(main, `${main}.cache`);
