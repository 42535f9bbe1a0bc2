/** The one database interface the rest of the code sees: PostgreSQL SQL, two engines. */
export interface QueryResult<T> {
  readonly rows: T[];
  readonly rowCount: number;
}

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
}

export type DbKind = 'pglite' | 'postgres';

export interface Db extends Queryable {
  readonly kind: DbKind;
  /** Runs `fn` inside BEGIN/COMMIT; any throw rolls back. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs several statements of plain SQL (no parameters), e.g. a migration file. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}
