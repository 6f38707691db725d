export { createRecognizer } from "./createRecognizer";
export { loadEntities } from "./loadEntities";
export { safeLoadEntities } from "./safeLoadEntities";
export { lintEntities } from "./lintEntities";
export { matchKey } from "./matchKey";
export type { EntityRecord, EntityMeta, UserEntry, Recognizer, RecognizeOptions, CreateRecognizerOptions } from "./types";
