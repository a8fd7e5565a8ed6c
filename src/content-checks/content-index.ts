import type { ParsedEntry } from './check-schemas';
import type { RawEntry } from './read-content';

/** The entries that passed their schemas, by collection, for the cross-file rules. */
export type ContentIndex = ReadonlyMap<string, readonly ParsedEntry[]>;

