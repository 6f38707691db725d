// The corpus commands of the `sinmun` CLI, spawned as a user would (the built dist). Only the
// keywords case runs the embedded analyser; dedupe needs none and graph is fed analysed JSONL.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as iconv from "iconv-lite";
import { runCli } from "../../cli/test/runCli";
import { makeDoc } from "./docs.fixture";

const wire = "삼성전자가 평택캠퍼스에 새 반도체 생산라인을 짓는다고 5일 밝혔다.\n투자 규모는 30조원으로 2027년 가동이 목표다.\n회사 관계자는 \"고대역폭메모리 수요에 맞추겠다\"고 말했다.";
const jsonl = (docs: object[]): string => docs.map((d) => JSON.stringify(d)).join("\n") + "\n";

describe("sinmun keywords | dedupe | graph", () => {
  test("keywords: one JSON line per document; OpenAI and 오픈AI are one term", () => {
    const input = jsonl([
      { id: "a", text: "OpenAI가 새 추론 모델을 공개했다. 오픈AI는 반도체 확보에 나섰다." },
      { id: "b", text: "한국은행이 기준금리를 동결했다. 환율 변동성이 커졌다." },
      { id: "c", text: "" },
    ]);
    const r = runCli(["keywords", "-", "--top", "3"], { input });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: string; keywords: { term: string; tf: number; entity?: { id: string } }[] });
    expect(lines.map((l) => l.id)).toEqual(["a", "b", "c"]);
    expect(lines[0]!.keywords[0]).toMatchObject({ term: "오픈AI", tf: 2, entity: { id: "openai" } });
    expect(lines[2]!.keywords).toEqual([]);
  });

  test("dedupe: cluster ids without the analyser; a summary on stderr", () => {
    const input = jsonl([{ id: "x", text: "한국은행이 기준금리를 동결했다." }, { id: "a", text: wire }, { id: "b", text: `(서울=한빛경제) 이서연 기자 = ${wire}` }]);
    const r = runCli(["dedupe", "-"], { input });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('{"id":"x","cluster":0,"size":1}\n{"id":"a","cluster":1,"size":2}\n{"id":"b","cluster":1,"size":2}\n');
    expect(r.stderr).toBe("sinmun: 3 documents, 1 clusters of duplicates (2 documents)\n");
    expect(runCli(["dedupe", "-", "--format", "csv"], { input }).stdout).toBe("id,cluster,size\r\nx,0,1\r\na,1,2\r\nb,1,2\r\n");
  });

  test("graph: analysed input is taken as it is; GraphML and Gephi's CSV", () => {
    const lee = { entity: "이재용", label: "PERSON", id: "lee-jae-yong" } as const;
    const samsung = { entity: "삼성전자", label: "ORG", id: "samsung-electronics" } as const;
    const input = jsonl([makeDoc("a", [[lee, samsung]]), makeDoc("b", [[samsung, "공장"]])]);
    const xml = runCli(["graph", "-"], { input });
    expect(xml.code).toBe(0);
    expect(xml.stdout).toContain('<edge id="e0" source="lee-jae-yong" target="samsung-electronics"><data key="weight">1</data>');
    const csv = runCli(["graph", "-", "--format", "csv"], { input });
    expect(csv.stdout).toBe("Source,Target,Type,Weight,Sentences,PMI,NPMI\nlee-jae-yong,samsung-electronics,Undirected,1,1,0,0\n");
  });

  test("a corpus in EUC-KR (CP949) is read as analyze reads it: decoded, not garbled", () => {
    const dir = mkdtempSync(join(tmpdir(), "sinmun-corpus-"));
    try {
      const file = join(dir, "기사-euckr.jsonl");
      writeFileSync(file, iconv.encode(jsonl([{ id: "원문", text: wire }, { id: "전재", text: `(서울=한빛경제) 이서연 기자 = ${wire}` }]), "cp949"));
      const r = runCli(["dedupe", file]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('{"id":"원문","cluster":0,"size":2}\n{"id":"전재","cluster":0,"size":2}\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test.each([
    ["an empty corpus", ["dedupe", "-"], "", 0, /warning: no documents in stdin/],
    ["an unknown format", ["graph", "-", "--format", "gexf"], "", 2, /expected --format in \{graphml, csv\}, got "gexf"/],
    ["keywords without morphology", ["keywords", "-", "--tokenizer", "none"], "a\n", 2, /keywords counts morphemes/],
    ["no corpus", ["dedupe"], "", 2, /dedupe expects one CORPUS.jsonl/],
    ["a bad threshold", ["dedupe", "-", "--threshold", "2"], "", 2, /expected --threshold in \(0, 1\], got "2"/],
    ["a bad line among good ones", ["dedupe", "-"], '{"id":1,"text":"가"}\n{"id":2}\n', 1, /stdin:2: expected a string "text" field, got none; line skipped/],
  ])("%s", (_name, args, input, code, stderr) => {
    const r = runCli(args, { input });
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(stderr);
  });
});
