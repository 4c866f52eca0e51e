/** Discord's limits (https://discord.com/developers/docs/resources/message). Every payload stays within them. */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldValue: 1024,
  embedsTotal: 6000,
  customId: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;
