import { describe, expect, it } from 'vitest';
import { createIntentDetector } from '../../src/answer/intent.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { pipeline } from '../support/french.ts';

const { detect: detectIntent } = createIntentDetector(pipeline, loadKnowledge('knowledge').glossary.healthNames);

describe('what a message asks for beyond the release', () => {
  it.each([
    "Mon père a une mutation EGFR, doit-il prendre de l'amivantamab ?",
    'Quelle dose d’amivantamab devrais-je prendre ?',
    'Je suis sous osimertinib, dois-je changer de traitement ?',
    'Ma femme peut-elle participer à l’essai ?',
    'Should my husband switch to amivantamab?',
    'J’ai un cancer du poumon, est-ce grave ?',
    'Je suis infirmière, mon mari peut-il prendre de l’osimertinib ?',
    "Mon père a un cancer du poumon, l'amivantamab serait-il adapté pour lui ?",
    "Est-ce que l'amivantamab conviendrait à mon cas ?",
    'Mon frère tousse beaucoup depuis son traitement, c’est normal ?',
    'Combien de temps me reste-t-il avec ce cancer ?',
    'Ma mère est sous osimertinib depuis 18 mois, elle va devenir résistante ?',
    'Je prends du Tagrisso et j’ai des boutons, c’est normal ?',
    'Ce traitement est-il indiqué dans mon cas ?',
    'Est-ce que je risque une rechute si je m’arrête ?',
    'My mother has lung cancer, would amivantamab be right for her?',
    'Je suis médecin et ma femme a un cancer, doit-elle prendre l’amivantamab ?',
  ])('reads %j as a request for medical advice', (question) => {
    expect(detectIntent(question)).toBe('medical_advice');
  });

  it.each([
    'Comment un patient en France peut-il avoir accès à l’amivantamab ?',
    'Je suis journaliste, à quel numéro puis-je joindre le service presse ?',
    'Pourquoi une transformation en cancer à petites cellules est-elle inquiétante ?',
    'Dois-je citer le Pr Besse ?',
    "Pouvez-vous me dire si l'amivantamab peut traiter le cancer du poumon ?",
    "Pouvez-vous nous dire combien de patients peuvent participer à l'essai ?",
    'Can you tell me which drug the trial tested?',
    'Je suis infirmière en oncologie : un patient français peut-il déjà recevoir l’amivantamab ?',
    'Pour mon article : le traitement est-il adapté aux enfants ?',
    'For my story: should patients take amivantamab?',
    'J’aimerais savoir quel est le risque de résistance MET sous osimertinib.',
    'Le communiqué indique 13,6 % de résistance MET sous osimertinib : je confirme ce chiffre ?',
    'J’ai besoin d’infos utiles sur l’essai MARIPOSA.',
    'Je voudrais savoir qui peut participer à l’essai MARIPOSA.',
    'Pour moi, que signifie EGFR ?',
    'Selon le Pr Besse et son équipe, quel est le risque de résistance à l’osimertinib ?',
    'Peut-on espérer un accès au traitement dans un futur proche ?',
    'Is the combination safe? My editor asked about the MARIPOSA trial.',
    'J’ai lu que la tumeur progresse moins vite sous amivantamab, est-ce normal ?',
  ])('reads %j as a question about the release', (question) => {
    expect(detectIntent(question)).toBeNull();
  });

  it.each(['Bonjour !', 'salut', 'aide', 'hello bot'])('reads %j as a greeting', (text) => {
    expect(detectIntent(text)).toBe('greeting');
  });

  it.each(['merci', 'Merci beaucoup !', 'thanks'])('reads %j as thanks', (text) => {
    expect(detectIntent(text)).toBe('thanks');
  });

  it('does not take a question that starts with a greeting for small talk', () => {
    expect(detectIntent('Bonjour, combien de patients dans MARIPOSA ?')).toBeNull();
  });

  // The release's medicines are the glossary's (healthNames), not the code's.
  it('reads a medicine as a health matter only when the glossary names it', () => {
    const question = 'Mon père peut-il prendre du Tagrisso ?';
    expect(detectIntent(question)).toBe('medical_advice');
    expect(createIntentDetector(pipeline, []).detect(question)).toBeNull();
  });
});
