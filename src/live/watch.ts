/**
 * Watches a knowledge folder and calls back once the writes have settled. Editors save in
 * several steps (a temporary file, a rename, sometimes a truncate then a write), and a copy of
 * several files is several events: reading at the first event could read half a file, so the
 * callback waits until the folder has been quiet for `quietMs`.
 */
import { watch, type FSWatcher } from 'node:fs';

/** Long enough for an editor's save or a `cp` of a few files, short enough to feel immediate. */
export const WATCH_QUIET_MS = 300;

export interface FolderWatch {
  close(): void;
}

export interface WatchOptions {
  quietMs?: number;
  /** The folder cannot be watched (removed, unreadable); reloads by signal or command still work. */
  onError(error: unknown): void;
}

export function watchFolder(dir: string, onSettled: () => void, options: WatchOptions): FolderWatch {
  const quietMs = options.quietMs ?? WATCH_QUIET_MS;
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher;
  try {
    watcher = watch(dir, { persistent: false }, () => {
      clearTimeout(timer);
      timer = setTimeout(onSettled, quietMs);
    });
  } catch (error) {
    options.onError(error);
    return { close: () => undefined };
  }
  watcher.on('error', (error) => options.onError(error));
  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
