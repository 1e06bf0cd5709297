import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/knowledge/figures.ts';
import { hasType, passageFeatures } from '../../src/search/features.ts';

const featuresOf = (text: string) => passageFeatures({ text, figures: extractFigures(text), section: 'Communiqué' });

describe('passage features for the parts of a date', () => {
  it('marks a sentence with a year as answering "en quelle année"', () => {
    expect(hasType(featuresOf('Samedi 14 septembre 2024 | 9h30.'), 'year')).toBe(true);
    expect(hasType(featuresOf('Les résultats présentés à l’ESMO 2024 à Barcelone.'), 'year')).toBe(true);
  });

  it('does not take a date without a year for a year', () => {
    expect(hasType(featuresOf('Présenté le samedi 14 septembre à 9h30.'), 'year')).toBe(false);
  });

  it('does not take a share or a larger number for a year', () => {
    expect(hasType(featuresOf('Une baisse de 2019 % en un an.'), 'year')).toBe(false);
    expect(hasType(featuresOf('Environ 20245 dossiers.'), 'year')).toBe(false);
    expect(hasType(featuresOf('Un taux de 20,19 pour mille.'), 'year')).toBe(false);
  });

  it('marks a sentence with a time of day as answering "à quelle heure", and as a date', () => {
    const features = featuresOf('Présenté le samedi 14 septembre à 9h30.');
    expect(hasType(features, 'hour')).toBe(true);
    expect(hasType(features, 'date')).toBe(true);
    expect(hasType(featuresOf('Samedi 14 septembre 2024.'), 'hour')).toBe(false);
  });
});
