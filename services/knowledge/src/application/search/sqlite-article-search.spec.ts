import { describeArticleSearchContract } from './article-search.contract';
import { SqliteArticleSearch } from './sqlite-article-search';

describeArticleSearchContract('SqliteArticleSearch (FTS5)', async () => new SqliteArticleSearch());
