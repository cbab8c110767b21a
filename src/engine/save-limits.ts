/**
 * Limits on a save read back from a file. A save is written by the game, so anything beyond
 * these is hostile or broken; they keep reading, replaying and rendering one bounded. A real
 * session writes a few hundred log entries and well under a megabyte.
 */

/** The largest save or debrief export read, in characters of JSON text. */
export const MAX_SAVE_CHARS = 16 * 1024 * 1024;
/** The most log entries a save may hold. */
export const MAX_LOG_ENTRIES = 20_000;
/** The longest observer note (the console allows 2,000 characters). */
export const MAX_NOTE_CHARS = 10_000;
/** The longest team name (the game's field allows 60 characters). */
export const MAX_TEAM_CHARS = 200;
/** The longest id an event may name (a choice, inject or beat). */
export const MAX_ID_CHARS = 200;
