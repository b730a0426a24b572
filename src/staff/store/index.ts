import type { Storage } from '../../storage';
import { createMemoryStaffStores } from './memory.staff.store';
import { createSqlStaffStores } from './sql.staff.store';
import type { StaffStores } from './staff.store';

export * from './staff.store';
export { createMemoryStaffStores } from './memory.staff.store';
export { createSqlStaffStores } from './sql.staff.store';
export type { StaffDatabase } from './sql.staff.store';

/** The staff repositories on the app's storage: its SQL database, or in memory with STORAGE=memory (tests). */
export function createStaffStores(storage: Pick<Storage, 'database'>): StaffStores {
  return storage.database ? createSqlStaffStores(storage.database) : createMemoryStaffStores();
}
