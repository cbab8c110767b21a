/** The SQLite store in memory: the real store, without a file. */
import { openSqliteStore } from '../../src/server/sqlite-store.ts';
export const memoryStore = () => openSqliteStore(':memory:');
