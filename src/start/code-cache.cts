import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

type ModuleWrapper = (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;

/**
 * Runs the CommonJS file `file` as `node file` would, compiled with the V8 code cache found in
 * `cacheFile`: V8 then skips parsing and compiling the functions the cache holds. A cache that
 * does not fit (missing, or made by another Node or from another file) is ignored by V8; the file
 * is then compiled as usual and a fresh cache is written at exit, holding every function compiled
 * by then. Returns whether the cache was used.
 */
export function runWithCodeCache(file: string, cacheFile: string): boolean {
  const source = readFileSync(file, 'utf8');
  const cachedData = readIfThere(cacheFile);
  // Node's own wrapper, on the file's first line so that line numbers stay those of the file.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, { filename: file, cachedData });
  const used = cachedData !== undefined && !script.cachedDataRejected;
  if (!used) process.once('exit', () => writeCache(script, cacheFile));
  const module = { exports: {} };
  (script.runInThisContext() as ModuleWrapper).call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return used;
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Best effort: a read-only folder only means the next start compiles as usual again. */
function writeCache(script: Script, cacheFile: string): void {
  const partial = `${cacheFile}.${process.pid}`;
  try {
    writeFileSync(partial, script.createCachedData());
    // Renamed into place, so that a process starting meanwhile reads a whole cache or none.
    renameSync(partial, cacheFile);
  } catch {
    // Nothing to tell the operator: the bot runs the same without the cache.
  }
}
