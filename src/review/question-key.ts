/**
 * Two asks are the same question when they differ only by case, accents, punctuation, spacing
 * or a mention of the bot: "Combien de patients ?" and "combien de patients" are one entry.
 */
export function questionKey(text: string): string {
  return text
    .replace(/<[@!#][^<>]*>/g, ' ')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}
