/** A mistake in how the command was called: printed as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** A problem with the user's input (missing file, directory, unreadable): one line, exit code 1. */
export class InputError extends Error {
  override readonly name = "InputError";
}
