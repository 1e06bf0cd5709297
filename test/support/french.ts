import { french } from '../../src/language/fr/index.ts';
import { createPipeline } from '../../src/search/pipeline.ts';

/** The text pipeline of the French language, as the answerer builds it. */
export const pipeline = createPipeline(french);
