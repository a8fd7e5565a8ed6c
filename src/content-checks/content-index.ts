import type { ParsedEntry } from './check-schemas';
import type { RawEntry } from './read-content';

/** The entries that passed their schemas, by collection, for the cross-file rules. */
export type ContentIndex = ReadonlyMap<string, readonly ParsedEntry[]>;


/** Every entry read, by collection, whether or not it passed its schema. */
export type EntryIndex = ReadonlyMap<string, readonly RawEntry[]>;
