/** Statements of the embedded store prepared on first use: a store opened by an older schema lacks the newer tables, and preparing against them up front would fail. */
import type Database from 'better-sqlite3';

export function statementsOnFirstUse(db: Database.Database): (text: string) => Database.Statement {
  const statements = new Map<string, Database.Statement>();
  return (text) => {
    let statement = statements.get(text);
    if (statement === undefined) statements.set(text, (statement = db.prepare(text)));
    return statement;
  };
}
