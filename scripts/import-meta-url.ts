/** Injected into the CommonJS bundle by `bundle.ts`: `import.meta.url` there is the file's own URL, as in an ES module. */
import { pathToFileURL } from 'node:url';

export const importMetaUrl = pathToFileURL(__filename).href;
