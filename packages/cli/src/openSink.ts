import { createWriteStream, realpathSync, renameSync, statSync, unlinkSync, type WriteStream } from "node:fs";
import { basename, dirname, join } from "node:path";
import { InputError } from "./UsageError";

/** Where output goes: stdout, or a file that appears only when complete. */
export interface Sink {
  write(chunk: string): Promise<void>;
  /** Finishes the output: for a file, renames the temporary file onto the target. */
  commit(): Promise<void>;
  /** Drops a partial file (on error or Ctrl-C); stdout is left as is. */
  abort(): void;
}

function waitDrain(stream: NodeJS.WritableStream, ok: boolean): Promise<void> {
  return ok ? Promise.resolve() : new Promise((resolve) => stream.once("drain", () => resolve()));
}

/**
 * Opens the output: `undefined` or `-` is stdout; a file path is written atomically (a temporary
 * file in the same folder, renamed on commit), so a crash or Ctrl-C never leaves half-written JSONL;
 * a device or pipe (`-o /dev/null`, a FIFO) is written straight into and left what it is.
 *
 * @example
 * const sink = openSink("out.jsonl");
 * await sink.write('{"id":1}\n');
 * await sink.commit();
 */
export function openSink(path?: string): Sink {
  if (path === undefined || path === "-") {
    return {
      write: (chunk) => waitDrain(process.stdout, process.stdout.write(chunk)),
      commit: () => Promise.resolve(),
      abort: () => undefined,
    };
  }
  // What is already at the path: a device or a pipe (/dev/null, a FIFO) is written straight into —
  // renaming a file onto it would replace /dev/null with a regular file; a symbolic link keeps
  // pointing where it did (the file it names is replaced, not the link); a folder is an error.
  let target = path;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError(`${path}: is a folder; --output needs a file`);
    if (!st.isFile()) return streamSink(path);
    target = realpathSync(path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    // Nothing there yet (ENOENT) or unreadable: the temporary file below reports a real problem.
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  let file: Sink;
  try {
    file = streamSink(tmp, path, "wx");
  } catch (err) {
    throw new InputError(`${path}: cannot write (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let done = false;
  const cleanup = (): void => {
    if (done) return;
    done = true;
    file.abort();
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    cleanup();
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const detach = (): void => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };
  return {
    write: (chunk) => file.write(chunk),
    async commit() {
      await file.commit();
      renameSync(tmp, target);
      done = true;
      detach();
    },
    abort() {
      cleanup();
      detach();
    },
  };
}

/**
 * A sink writing into `path` through one stream, its errors named after `shownAs` (the path the
 * user gave): the temporary file of an atomic output, or a device or pipe written straight into.
 */
function streamSink(path: string, shownAs: string = path, flags: "w" | "wx" = "w"): Sink {
  let failure: Error | undefined;
  const stream: WriteStream = createWriteStream(path, { flags });
  stream.on("error", (err: NodeJS.ErrnoException) => {
    failure = new InputError(`${shownAs}: cannot write (${err.code ?? err.message})`);
  });
  return {
    async write(chunk) {
      if (failure) throw failure;
      await waitDrain(stream, stream.write(chunk));
      if (failure) throw failure;
    },
    async commit() {
      await new Promise<void>((resolve, reject) => {
        stream.end(() => (failure ? reject(failure) : resolve()));
      });
      if (failure) throw failure;
    },
    abort() {
      stream.destroy();
    },
  };
}
