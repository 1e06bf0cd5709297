import { createInterface } from 'node:readline';

/** Calls `onLine` for each line of a stream, in order, and resolves at its end. */
export async function forEachLine(input: NodeJS.ReadableStream, onLine: (line: string) => void): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) onLine(line);
}
