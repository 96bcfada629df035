/** Languages the search index stems (Snowball algorithms). */
export const SEARCH_LANGUAGES = [
  'english',
  'german',
  'french',
  'spanish',
  'italian',
  'dutch',
  'portuguese',
  'swedish',
  'norwegian',
  'danish',
  'finnish',
] as const;
export type SearchLanguage = (typeof SEARCH_LANGUAGES)[number];
