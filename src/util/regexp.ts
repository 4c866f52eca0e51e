/** Text to match literally inside a regular expression ("U.S." -> "U\.S\."). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
