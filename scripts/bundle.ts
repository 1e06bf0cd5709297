/**
 * The second half of `npm run build` (after `tsc` has checked the types): bundles each entry
 * point of `src/` into `dist/`, with a source map beside each file.
 *
 * Why a bundle: Node resolves, reads and compiles every ES module file on its own, and the bot's
 * start-up loads a few hundred of them (zod alone ships one per locale). One file per entry point
 * starts faster, and importing zod's functions by name lets the bundler leave out the parts the
 * bot never calls.
 *
 * The Slack app, the store and the console stay in chunks of their own, loaded when their mode
 * starts. Only the packages named in `BUNDLED` go into the bundle: the rest (Bolt, the database
 * drivers with their native code, the PDF reader) are loaded from node_modules as they are.
 */
import { rmSync } from 'node:fs';
import { build, type Plugin } from 'esbuild';

const ENTRY_POINTS = ['src/main.ts', 'src/cli/ask.ts', 'src/cli/eval.ts', 'src/cli/import.ts', 'src/cli/teach.ts'];

/** The packages of the console's first answer: small, pure JavaScript, read at every start. */
const BUNDLED = new Set(['zod', 'dotenv', 'js-yaml', 'fuse.js', '@orama/stemmers', 'stopword']);

/** The package a bare import names: `@orama/stemmers/french` → `@orama/stemmers`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

const onlyBundled: Plugin = {
  name: 'only-bundled-packages',
  setup(bundler) {
    bundler.onResolve({ filter: /^[^./]/ }, (args) => (BUNDLED.has(packageOf(args.path)) ? undefined : { path: args.path, external: true }));
  },
};

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: ENTRY_POINTS,
  outbase: 'src',
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  plugins: [onlyBundled],
  // dotenv is CommonJS and requires Node's modules: an ES module has no `require` of its own.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  logLevel: 'warning',
});
