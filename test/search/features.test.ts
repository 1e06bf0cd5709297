import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/knowledge/figures.ts';
import { createFeatureReader, hasKind } from '../../src/search/features.ts';
import { pipeline } from '../support/french.ts';

const { passageFeatures } = createFeatureReader(pipeline);

const featuresOf = (text: string) => passageFeatures({ text, figures: extractFigures(text), section: 'Communiqué' });

describe('passage features for the parts of a date', () => {
  it('marks a sentence with a year as answering "en quelle année"', () => {
    expect(hasKind(featuresOf('Samedi 14 septembre 2024 | 9h30.'), 'year')).toBe(true);
    expect(hasKind(featuresOf('Les résultats présentés à l’ESMO 2024 à Barcelone.'), 'year')).toBe(true);
  });

  it('does not take a date without a year for a year', () => {
    expect(hasKind(featuresOf('Présenté le samedi 14 septembre à 9h30.'), 'year')).toBe(false);
  });

  it('does not take a share or a larger number for a year', () => {
    expect(hasKind(featuresOf('Une baisse de 2019 % en un an.'), 'year')).toBe(false);
    expect(hasKind(featuresOf('Environ 20245 dossiers.'), 'year')).toBe(false);
    expect(hasKind(featuresOf('Un taux de 20,19 pour mille.'), 'year')).toBe(false);
  });

  it('marks a sentence with a time of day as answering "à quelle heure", and as a date', () => {
    const features = featuresOf('Présenté le samedi 14 septembre à 9h30.');
    expect(hasKind(features, 'hour')).toBe(true);
    expect(hasKind(features, 'date')).toBe(true);
    expect(hasKind(featuresOf('Samedi 14 septembre 2024.'), 'hour')).toBe(false);
  });
});
