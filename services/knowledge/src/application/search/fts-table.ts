import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { SearchableArticle } from './article-search.port';
import type { SearchLanguage } from './search-language';

/** The text columns, in the order of the weights and of the highlights. */
export const TEXT = ['title', 'keywords', 'problem', 'environment', 'cause', 'resolution'] as const;
/** bm25 weight per column: title above keywords above the body sections. */
const WEIGHTS = '10, 5, 1.5, 0.5, 1, 1';
/** Highlights come back with each matched word between these two characters (no article text has them). */
export const OPEN = '\u0002';
export const CLOSE = '\u0003';

/**
 * One FTS5 table of article text, its rows keyed by the caller's rowids. It holds the text alone:
 * whatever a query filters or boosts on, the caller keeps in memory, so a query reads no stored row
 * to rank; only highlight() reads the text, for the rows asked.
 */
export class FtsTable {
  private readonly insertRow: StatementSync;
  private readonly deleteRow: StatementSync;
  private readonly scored: StatementSync;
  private readonly scoredFrom: StatementSync;
  private readonly marked: StatementSync;

  constructor(
    private readonly db: DatabaseSync,
    private readonly name: string,
    language: SearchLanguage,
  ) {
    const tokenizer = language === 'english' ? 'porter unicode61 remove_diacritics 2' : 'unicode61 remove_diacritics 2';
    // A prefix index for each length a suggestion queries while a word is being typed (from three
    // letters): a prefix query then reads one list instead of merging those of every word it begins,
    // which each page row's highlights did again. Twice the indexing time, a third more memory.
    db.exec(`CREATE VIRTUAL TABLE ${name} USING fts5(${TEXT.join(', ')}, tokenize = '${tokenizer}', prefix = '3 4 5 6')`);
    this.insertRow = db.prepare(`INSERT INTO ${name} (rowid, ${TEXT.join(', ')}) VALUES (?, ${TEXT.map(() => '?').join(', ')})`);
    this.deleteRow = db.prepare(`DELETE FROM ${name} WHERE rowid = ?`);
    this.scored = db.prepare(`SELECT rowid, bm25(${name}, ${WEIGHTS}) FROM ${name} WHERE ${name} MATCH :match`);
    this.scored.setReturnArrays(true);
    this.scoredFrom = db.prepare(`SELECT rowid, bm25(${name}, ${WEIGHTS}) FROM ${name} WHERE ${name} MATCH :match AND rowid >= :from`);
    this.scoredFrom.setReturnArrays(true);
    // By rowid, one row a call: FTS5 evaluates highlight() for every row a statement visits, and an
    // IN list on rowid makes it visit every match. highlight(), not snippet(): snippet() scores every
    // window of the text for each match, the caller cuts its window from the marked text instead.
    this.marked = db.prepare(
      `SELECT ${TEXT.map((_, i) => `highlight(${name}, ${i}, char(2), char(3))`).join(', ')} FROM ${name} WHERE ${name} MATCH :match AND rowid = :rowid`,
    );
    this.marked.setReturnArrays(true);
  }

  insert(rowid: number, article: SearchableArticle): void {
    this.insertRow.run(rowid, ...TEXT.map((column) => (column === 'keywords' ? article.keywords.join(', ') : article[column])));
  }

  delete(rowid: number): void {
    this.deleteRow.run(rowid);
  }

  /**
   * Every row matching the FTS5 query, in rowid order, with its bm25 (lower is better); from a rowid on,
   * FTS5 skips the postings below it and scores none of their rows (the statistics bm25 weighs terms
   * by stay the whole table's).
   */
  matches(match: string, from?: number): [rowid: number, bm25: number][] {
    const rows = from === undefined ? this.scored.all({ match }) : this.scoredFrom.all({ match, from });
    return rows as unknown as [number, number][];
  }

  /** Each text column of the row, whole, with the query's matches marked (OPEN…CLOSE), in TEXT order. */
  highlights(match: string, rowid: number): readonly string[] {
    return (this.marked.get({ match, rowid }) as unknown as string[] | undefined) ?? [];
  }

  /**
   * Merges the index into one segment. A batch leaves many small ones, each of which every query then
   * reads: merged, a query walks each term's postings once (half the time of a search over 10,000 articles).
   */
  optimize(): void {
    this.db.exec(`INSERT INTO ${this.name} (${this.name}) VALUES ('optimize')`);
  }

  drop(): void {
    this.db.exec(`DROP TABLE ${this.name}`);
  }
}
