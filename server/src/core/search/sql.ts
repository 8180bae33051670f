import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { indexTokens, queryTsquery } from './tokenizer.js';

/**
 * The tsvector of a text, built from our tokens without PostgreSQL's parser (so the
 * result is the same on PGlite and PostgreSQL whatever the locale).
 */
export function searchVectorOf(...texts: (string | null | undefined)[]): SQL {
  const tokens = indexTokens(texts.filter(Boolean).join('\n'));
  return sql`array_to_tsvector(${arrayLiteral(tokens)}::text[])`;
}

/** `column @@ query`, or null when the query has nothing searchable. */
export function matchesSearch(column: AnyPgColumn, text: string): SQL | null {
  const query = queryTsquery(text);
  return query ? sql`${column} @@ ${query}::tsquery` : null;
}

/** A text[] literal bound as one parameter (drizzle would spread a JS array into many). */
function arrayLiteral(items: string[]): string {
  return `{${items.map((i) => `"${i.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
