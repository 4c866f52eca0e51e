/** Discord's limits (https://discord.com/developers/docs/resources/message). Every payload stays within them. */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldValue: 1024,
  embedFieldName: 256,
  embedFields: 25,
  embedFooter: 2048,
  embedsTotal: 6000,
  embedsPerMessage: 10,
  customId: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;
