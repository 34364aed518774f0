import { Foundation1795822789554 } from './1795822789554-foundation';

/** Every migration, oldest first: explicit imports so they load the same under tsc, swc and jest. */
export const migrations: Function[] = [Foundation1795822789554];
