import type { Migration } from '../../sqlite/open-database';
import { initialSchema } from './001-initial-schema';

/** Every cache migration, in order. Add a new numbered file; never edit a shipped one. */
export const cacheMigrations: readonly Migration[] = [initialSchema];
