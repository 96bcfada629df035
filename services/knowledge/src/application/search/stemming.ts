import { newStemmer } from 'snowball-stemmers';
import * as stopwords from 'stopword';
import type { SearchLanguage } from './search-language';

const CACHE_LIMIT = 200_000;
const STOPWORD_LISTS: Record<SearchLanguage, keyof typeof stopwords> = {
  english: 'eng',
  german: 'deu',
  french: 'fra',
  spanish: 'spa',
  italian: 'ita',
  dutch: 'nld',
  portuguese: 'por',
  swedish: 'swe',
  norwegian: 'nob',
  danish: 'dan',
  finnish: 'fin',
};

/** Turns one word into the term the index keeps: null for a stop word, else its lower-cased stem. */
export type TermProcessor = (word: string) => string | null;

/**
 * Snowball stems and stop words of the tenant's language. Results are cached per language: the same
 * few thousand words come back on every article and every keystroke. Stop words are dropped so that
 * "the printer is jammed" ranks on printer and jam, not on the words every article has.
 */
export function termProcessor(language: SearchLanguage): TermProcessor {
  const stemmer = newStemmer(language);
  const stop = new Set(stopwords[STOPWORD_LISTS[language]]);
  const cache = new Map<string, string | null>();
  return (word) => {
    const lower = word.toLowerCase();
    let term = cache.get(lower);
    if (term === undefined) {
      term = stop.has(lower) ? null : stemmer.stem(lower);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(lower, term);
    }
    return term;
  };
}

/** Words as the index sees them: runs of letters and digits. */
export const WORD = /[\p{L}\p{N}]+/gu;
