/**
 * What the model writes is untrusted: links and mentions in it are taken out before the
 * checks read it, so none reaches a user, whatever the renderer does after.
 */
const MASKED_LINK = /\[([^\]\n]*)\]\(\s*<?[a-z][\w+.-]*:[^)\s]*>?\s*\)/gi;
const LINK = /<?\b(?:[a-z][\w+.-]*:\/\/|www\.)[^\s<>]*>?/gi;
/** <@123>, <@!123>, <@&123> (a role), <#123> (a channel), </ask:123> (a command). */
const DISCORD_MENTION = /<(?:@[!&]?|#|\/[^>\s:]+:)\d+>/g;
const MASS_MENTION = /@(?:everyone|here)\b/gi;

export function withoutLinksAndMentions(text: string): string {
  return text
    .replace(MASKED_LINK, "$1")
    .replace(LINK, "")
    .replace(DISCORD_MENTION, "")
    .replace(MASS_MENTION, "")
    .replace(/[ \t]{2,}/g, " ")
    .replace(/ +([.,;:!?])/g, "$1")
    .trim();
}
