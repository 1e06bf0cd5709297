import type { TextPipeline } from '../search/pipeline.ts';
import { foldText } from '../text/fold.ts';

/**
 * Messages that are not questions about a release: small talk, and requests for
 * personal medical advice, which the bot must never answer with a passage.
 */
export type Intent = 'greeting' | 'thanks' | 'medical_advice' | null;

export interface IntentDetector {
  detect(question: string): Intent;
}

/**
 * Builds the detector from the language's small talk and medical-advice data, and the names of
 * health matters the releases speak of (`healthNames` of the glossary: their medicines and brands).
 */
export function createIntentDetector(pipeline: TextPipeline, healthNames: readonly string[]): IntentDetector {
  const { smallTalk, medicalAdvice: advice } = pipeline.language;
  const greetings = new Set([...smallTalk.hellos, ...smallTalk.calls, ...smallTalk.greetingCompanions]);
  const thankYous = new Set([...smallTalk.thanks, ...smallTalk.farewells]);
  const thanks = new Set([...thankYous, ...smallTalk.thanksCompanions]);
  const smallTalkMarkers = new Set([...smallTalk.hellos, ...smallTalk.calls, ...thankYous]);
  const words = (list: readonly string[]): string => list.join('|');
  const whom = `(?:${words(advice.whom)})`;
  const personal = new RegExp(
    String.raw`(?:^|[\s,;:.!?(«"'-])(?:(?:${words(advice.personalWords)})(?=[\s,;:.!?)»"']|$)|(?:${words(advice.personalElisions)})(?=\p{L}))`,
    'u',
  );
  const relative = new RegExp(String.raw`\b(?:${words(advice.relatives)})\b`);
  const asking = new RegExp(String.raw`\b(?:${words(advice.asking)})\b`);
  const forSomeone = new RegExp(String.raw`\b(?:${advice.forSomeone.map((pattern) => pattern.replaceAll('{whom}', whom)).join('|')})(?![a-z])`);
  const symptom = new RegExp(String.raw`\b(?:${words(advice.symptoms)})\b`);
  const normal = new RegExp(String.raw`\b(?:${words(advice.normal)})\b`);
  const names = healthNames.map((name) => escapeRegExp(foldText(name)));
  const health = new RegExp(String.raw`\b(?:${words([...advice.health, ...names])})\b`);
  const role = advice.roleIntroduction;
  const notAboutTheAsker = [
    String.raw`\b(?:${words(advice.politeOpeners)})`,
    String.raw`\b(?:${words(advice.askerFrames)})\b`,
    String.raw`\b(?:${words(role.openings)})\s+(?:${words(role.articles)})?(?:${words(role.roles)})\b(?:(?!${role.and.map((and) => ` ${and} `).join('|')})[^:,;.!?])*`,
    words(advice.workMentions),
  ].map((pattern) => new RegExp(pattern, 'g'));

  /**
   * A request for personal medical advice, about a health matter: one that names its person in its
   * own words, or the asker or someone close asking what to do, or whether a symptom is normal.
   */
  function asksMedicalAdvice(folded: string): boolean {
    const asked = notAboutTheAsker.reduce((text, pattern) => text.replace(pattern, ' '), folded);
    if (!health.test(asked)) return false;
    if (forSomeone.test(asked)) return true;
    const asksWhatToDo = asking.test(asked) || (normal.test(asked) && symptom.test(asked));
    return asksWhatToDo && (personal.test(asked) || relative.test(asked));
  }

  return {
    detect(question) {
      const folded = foldText(question);
      if (asksMedicalAdvice(folded)) return 'medical_advice';
      const tokens = pipeline.tokenizeFolded(folded);
      if (tokens.length === 0 || tokens.length > smallTalk.maxWords) return null;
      if (!tokens.some((token) => smallTalkMarkers.has(token))) return null;
      if (!tokens.every((token) => greetings.has(token) || thanks.has(token) || pipeline.isStopWord(token))) return null;
      return tokens.some((token) => thankYous.has(token)) ? 'thanks' : 'greeting';
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
