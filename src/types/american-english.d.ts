declare module "american-english" {
  /** British spellings, lower case, to American ones ("defence": "defense"), from the tysto.com list. */
  const spelling: { us_spelling: Record<string, string> };
  export default spelling;
}
