/** A normalised text description of the current schema, comparable across PGlite and PostgreSQL. */
import type { Queryable } from './db.js';

export async function describeSchema(db: Queryable): Promise<string> {
  const columns = await db.query<Record<string, string>>(`
    SELECT table_name, column_name, data_type, is_nullable, coalesce(column_default, '') AS column_default
    FROM information_schema.columns WHERE table_schema = current_schema()
    ORDER BY table_name, column_name`);
  const constraints = await db.query<Record<string, string>>(`
    SELECT cl.relname AS table_name, co.conname, co.contype::text AS contype, pg_get_constraintdef(co.oid) AS def
    FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid
    WHERE cl.relnamespace = current_schema()::regnamespace AND co.contype <> 'n' -- PostgreSQL 18 lists NOT NULL here; 15 does not. is_nullable covers it.
    ORDER BY cl.relname, co.conname`);
  const indexes = await db.query<Record<string, string>>(`
    SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY tablename, indexname`);
  const triggers = await db.query<Record<string, string>>(`
    SELECT c.relname AS table_name, t.tgname, pg_get_triggerdef(t.oid) AS def
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
    WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace ORDER BY c.relname, t.tgname`);
  const functions = await db.query<Record<string, string>>(`
    SELECT p.proname, md5(p.prosrc) AS body FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace ORDER BY p.proname`);
  const lines = [
    ...columns.rows.map(
      (r) => `column ${r['table_name']}.${r['column_name']} ${r['data_type']} null=${r['is_nullable']} default=${r['column_default']}`,
    ),
    ...constraints.rows.map((r) => `constraint ${r['table_name']}.${r['conname']} ${r['contype']} ${r['def']}`),
    // Index definitions name the schema; strip it so per-test schemas compare equal.
    ...indexes.rows.map((r) => `index ${r['tablename']}.${r['indexname']} ${(r['indexdef'] ?? '').replace(/ ON \S+\./, ' ON ')}`),
    ...triggers.rows.map((r) => `trigger ${r['table_name']}.${r['tgname']} ${(r['def'] ?? '').replace(/ ON \S+\./, ' ON ')}`),
    ...functions.rows.map((r) => `function ${r['proname']} body-md5=${r['body']}`),
  ];
  return `${lines.join('\n')}\n`;
}
