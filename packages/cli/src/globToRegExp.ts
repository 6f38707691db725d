/**
 * Turns a file-name pattern into a regular expression: `*` (any characters but `/`), `**` (any
 * folders), `?`, `[abc]` and `{txt,md}`. A pattern without `/` is matched against the file name,
 * one with `/` against the path below the folder given on the command line.
 *
 * @example
 * globToRegExp("*.{txt,md}").test("기사.md");       // true
 * globToRegExp("2025/**\/*.txt").test("2025/03/a.txt"); // true
 */
export function globToRegExp(pattern: string): RegExp {
  let re = "";
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        i++;
        if (pattern[i + 1] === "/") {
          i++;
          re += "(?:.*/)?";
        } else re += ".*";
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const close = pattern.indexOf("]", i + 2);
      if (close < 0) re += "\\[";
      else {
        const body = pattern.slice(i + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\");
        re += `[${body}]`;
        i = close;
      }
    } else if (c === "{") {
      braces++;
      re += "(?:";
    } else if (c === "}" && braces > 0) {
      braces--;
      re += ")";
    } else if (c === "," && braces > 0) re += "|";
    else re += c.replace(/[.+^$()|\\\]{}]/g, "\\$&");
  }
  return new RegExp(`^${re}${")".repeat(braces)}$`, "u");
}

/**
 * Whether a file below a folder (`rel`, with `/` separators) matches any of the patterns (`raw`
 * are the patterns as written, compiled in `patterns`).
 *
 * @example
 * matchesAny("2025/03/기사.txt", ["*.txt"].map(globToRegExp), ["*.txt"]); // true
 */
export function matchesAny(rel: string, patterns: readonly RegExp[], raw: readonly string[]): boolean {
  const name = rel.slice(rel.lastIndexOf("/") + 1);
  return patterns.some((p, i) => p.test((raw[i] ?? "").includes("/") ? rel : name));
}
