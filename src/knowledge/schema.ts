import * as z from 'zod';
import { LANGUAGE_CODES } from '../language/languages.ts';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

const sourceSchema = z.object({
  title: nonEmpty,
  url: z.url({ message: 'must be a URL (https://…, mailto:…)' }),
});

/** The YAML front matter of a release file in `knowledge/`. */
export const releaseFrontMatterSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes'),
  title: nonEmpty,
  publisher: nonEmpty,
  event: z.object({
    name: nonEmpty,
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, 'must be an ISO date, YYYY-MM-DD or YYYY-MM-DDTHH:MM'),
    label: nonEmpty,
  }),
  language: z.enum(LANGUAGE_CODES, { message: `must be ${LANGUAGE_CODES.map((code) => `"${code}"`).join(' or ')}: the languages the bot reads` }),
  sources: z.array(sourceSchema).min(1, 'must list at least one source'),
  pressContact: z.object({
    organisation: nonEmpty,
    name: nonEmpty,
    email: z.email({ message: 'must be an e-mail address' }),
    phones: z.array(nonEmpty).default([]),
  }),
  /** Questions this release answers, shown in help and on the App Home. */
  examples: z.array(nonEmpty).default([]),
  /** What a question may name to mean this release: its trial, drugs, congress, title words. */
  keywords: z.array(nonEmpty).default([]),
  /** When the release may be made public: ISO 8601 with its offset, so that no server's time zone decides it. */
  embargo: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'must be an ISO 8601 date and time with its offset, e.g. 2024-09-14T09:30:00+02:00')
    .refine(isCalendarDateTime, 'is not a real date and time')
    .optional(),
});

/** Whether the date exists (Date.parse takes 30 February for 1 March) and the time is in range. */
function isCalendarDateTime(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0));
  return !Number.isNaN(Date.parse(value)) && date.getUTCMonth() + 1 === month && date.getUTCDate() === day;
}

export type ReleaseFrontMatter = z.infer<typeof releaseFrontMatterSchema>;

const termList = z.array(nonEmpty).min(1, 'must list at least one term');

/**
 * `knowledge/glossary.yaml`: edited by the communications team. A field it does not know stops
 * loading rather than being ignored: a misspelt `synonym:` would otherwise drop every synonym.
 */
export const glossarySchema = z.strictObject({
  synonyms: z.array(termList.min(2, 'a synonym group needs at least two terms')).default([]),
  translations: z.record(nonEmpty, z.union([nonEmpty, termList])).default({}),
  /**
   * Names of health matters the releases speak of (medicines, their brands, genes): a question that
   * names one speaks of health, which a request for medical advice must. The words of health in
   * general are the language's (`src/language/fr/medical-advice.ts`).
   */
  healthNames: z.array(nonEmpty).default([]),
});

export type GlossaryFile = z.infer<typeof glossarySchema>;
