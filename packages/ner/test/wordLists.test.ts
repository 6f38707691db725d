// The NER rules' word lists (dictionaries/titles, dictionaries/org-suffixes) are human-edited data:
// each must stay NFC, sorted in code-point order, without duplicates or stray whitespace.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..", "..", "dictionaries");
const files = ["titles", "org-suffixes"].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => `${dir}/${f}`),
);

function problems(text: string): string[] {
  const out: string[] = [];
  let prev: string | undefined;
  const seen = new Set<string>();
  text.split("\n").forEach((line, i) => {
    if (line === "" || line.startsWith("#")) return;
    const at = `line ${i + 1}`;
    if (line !== line.trim()) out.push(`${at}: surrounding whitespace in ${JSON.stringify(line)}`);
    if (line !== line.normalize("NFC")) out.push(`${at}: not NFC: ${JSON.stringify(line)}`);
    if (seen.has(line)) out.push(`${at}: duplicate ${JSON.stringify(line)}`);
    if (prev !== undefined && prev > line) out.push(`${at}: expected sorted, got ${JSON.stringify(line)} after ${JSON.stringify(prev)}`);
    seen.add(line);
    prev = line;
  });
  return out;
}

test("단어 목록이 하나 이상 있다", () => {
  expect(files.length).toBeGreaterThanOrEqual(10);
});

test.each(files)("%s: NFC, 정렬, 중복 없음", (file) => {
  expect(problems(readFileSync(join(root, file), "utf8"))).toEqual([]);
});

test.each<[string, string, string]>([
  ["정렬 안 됨", "# h\n회장\n사장\n", "expected sorted"],
  ["중복", "CEO\nCEO\n", "duplicate"],
  ["NFD", "\u1112\u116C\u110C\u1161\u11BC\n", "not NFC"],
  ["공백", " 회장\n", "surrounding whitespace"],
])("린트가 잡는다: %s", (_name, text, message) => {
  expect(problems(text).join("\n")).toContain(message);
});
