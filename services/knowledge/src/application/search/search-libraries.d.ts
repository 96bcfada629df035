// snowball-stemmers and stopword (v3) ship no types; these are the parts of their APIs the search index uses.
declare module 'snowball-stemmers' {
  export function newStemmer(language: string): { stem(word: string): string };
}
declare module 'stopword' {
  export const eng: readonly string[], deu: readonly string[], fra: readonly string[], spa: readonly string[], ita: readonly string[];
  export const nld: readonly string[], por: readonly string[], swe: readonly string[], nob: readonly string[], dan: readonly string[];
  export const fin: readonly string[];
}
