/**
 * The second half of `npm run build` (after `tsc` has checked the types): bundles the entry
 * points of `src/` into `dist/`, each file with its source map.
 *
 * Why a bundle: Node resolves, reads and compiles every ES module file on its own, and the bot's
 * start-up loaded a few hundred of them (zod alone ships one per locale). One file starts faster,
 * and importing zod's functions by name (`import * as z`) lets the bundler leave out the parts the
 * bot never calls.
 *
 * `dist/main.cjs` (what `npm start` runs) is one CommonJS file: Node 20 loads one such file faster
 * than a graph of ES modules, and the modes it does not start stay unevaluated in it. Bolt and
 * the database drivers, outside the bundle, are required only when a Slack mode starts. The command
 * line tools (`dist/cli/*.js`) stay ES modules sharing their chunks (`import` finds the default
 * glossary through `import.meta.url`).
 *
 * Only the packages named in `BUNDLED` go into a bundle: the rest (Bolt, the database drivers with
 * their native code, the PDF reader) are loaded from node_modules as they are; `dist/main.cjs`
 * requires them, so a package the Slack modes use must offer CommonJS (Bolt, pg and better-sqlite3
 * do), or be added to `BUNDLED`. A warning (such as `import.meta` in the CommonJS file, where it
 * would be empty) fails the build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';

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

const common: BuildOptions = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, plugins: [onlyBundled], logLevel: 'warning' };

/**
 * `import.meta.url` in the CommonJS file: the file's own URL, as in an ES module (the embedded
 * store finds its driver from there for its worker thread).
 */
const commonJsImportMeta: BuildOptions = { define: { 'import.meta.url': 'importMetaUrl' }, inject: ['scripts/import-meta-url.ts'] };

const builds: BuildOptions[] = [
  { ...common, ...commonJsImportMeta, entryPoints: ['src/main.ts'], outfile: 'dist/main.cjs', format: 'cjs' },
  { ...common, entryPoints: ['src/start/start.cts'], outfile: 'dist/start.cjs', format: 'cjs' },
  {
    ...common,
    entryPoints: ['src/cli/ask.ts', 'src/cli/eval.ts', 'src/cli/import.ts', 'src/cli/teach.ts'],
    outbase: 'src',
    outdir: 'dist',
    chunkNames: 'cli/chunks/[name]-[hash]',
    format: 'esm',
    splitting: true,
  },
];

rmSync('dist', { recursive: true, force: true });
for (const options of builds) {
  const { warnings } = await build(options);
  if (warnings.length > 0) throw new Error(`esbuild warned ${warnings.length} time(s) building ${String(options.outfile ?? options.outdir)}: see above`);
}

/**
 * Starts the bot once, in the console with nothing to read, so that `dist/start.cjs` writes the
 * code cache of `dist/main.cjs`. It runs in an empty folder with no settings but the knowledge
 * folder: a `.env` of Slack settings here must not start a Slack mode during a build.
 */
function writeCodeCache(): void {
  const folder = mkdtempSync(join(tmpdir(), 'communique-build-'));
  try {
    const run = spawnSync(process.execPath, [resolve('dist/start.cjs')], { cwd: folder, input: '', encoding: 'utf8', env: { PATH: process.env.PATH ?? '', KNOWLEDGE_DIR: resolve('knowledge') } });
    if (!existsSync('dist/main.cjs.cache')) throw new Error(`no code cache written (exit ${String(run.status)}): ${run.stderr}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

writeCodeCache();
