import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { readPdfText } from './pdf-text.ts';
import { wording as allWording } from '../answer/wording.fr.ts';

const importWording = allWording.import;

const wording = importWording.cli;

/** A file the import cannot read: the message says which and why, for the terminal. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/**
 * The text of a release: a `.txt` extraction as it is, a `.pdf` read through PDF.js. Throws an
 * ImportError for another kind of file, a file that cannot be read, or a PDF with no text.
 */
export async function readExtraction(file: string): Promise<string> {
  const kind = extname(file).toLowerCase();
  if (kind !== '.pdf' && kind !== '.txt') throw new ImportError(wording.unsupported(file));
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new ImportError(wording.unreadable(file, (error as Error).message));
  }
  const text = kind === '.txt' ? bytes.toString('utf8') : await pdfText(file, bytes);
  if (!/[\p{L}\p{N}]/u.test(text.replace(/https?:\/\/\S+/g, ''))) throw new ImportError(wording.noText(file));
  return text;
}

async function pdfText(file: string, bytes: Buffer): Promise<string> {
  try {
    return await readPdfText(new Uint8Array(bytes));
  } catch (error) {
    throw new ImportError(wording.badPdf(file, (error as Error).message));
  }
}
