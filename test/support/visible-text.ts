/**
 * Everything a Slack client would draw for a message: the `text` fallback and every `text`
 * field inside the blocks. Button values are left out: Slack never shows them.
 */
export function visibleText(message: { text?: unknown; blocks?: unknown }): string {
  const parts: string[] = [];
  if (typeof message.text === 'string') parts.push(message.text);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'text' && typeof value === 'string') parts.push(value);
        else if (key !== 'value') walk(value);
      }
    }
  };
  walk(message.blocks);
  return parts.join('\n');
}
