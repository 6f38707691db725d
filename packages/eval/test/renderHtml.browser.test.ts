import { existsSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { renderHtml, runEval } from "../src/index";
import { ent, tmpFile } from "./helpers";

// The HTML report opened in a real browser (Debian's chromium, driven by playwright-core).
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
const underCi = process.env.CI === "true";
if (!available && !underCi) {
  // visible, not silent: the page is only checked where a browser exists
  console.warn(`renderHtml.browser.test: ${CHROMIUM} not found — skipping the headless Chromium check (install Debian's chromium; under CI=true this test runs and fails instead)`);
}

const t1 = "SK하이닉스가 청주에 새 공장을 짓는다고 <연합>이 전했다.";
const t2 = "최태원 SK 회장은 도쿄에서 투자자들을 만났다.";
const gold = [
  { id: "h1", text: t1, entities: [ent(t1, "SK하이닉스", "ORG"), ent(t1, "청주", "LOC"), ent(t1, "연합", "ORG")] },
  { id: "h2", text: t2, entities: [ent(t2, "최태원", "PERSON"), ent(t2, "SK", "ORG"), ent(t2, "도쿄", "LOC")] },
];
const pred: Record<string, ReturnType<typeof ent>[]> = {
  h1: [ent(t1, "SK하이닉스", "ORG"), ent(t1, "청주", "ORG"), ent(t1, "공장", "LOC")], // 청주 wrong label, 공장 spurious, 연합 missed
  h2: [ent(t2, "최태원", "PERSON"), ent(t2, "SK", "ORG")], // 도쿄 missed
};

(available || underCi ? test : test.skip)(
  "HTML 보고서: 표, 오류 목록, 종류별 거르기 (headless Chromium)",
  async () => {
    const corpus = tmpFile("browser.jsonl", gold.map((d) => JSON.stringify(d)).join("\n"));
    const report = await runEval({ corpus, format: "jsonl", predict: (d) => ({ ...d, entities: pred[String(d.id)] ?? [] }) });
    // errors: h1 청주 wrong-label, 연합 missed, 공장 spurious; h2 도쿄 missed → 4 items, 2 missed
    expect(report.errors).toHaveLength(4);
    const dir = mkdtempSync(join(tmpdir(), "sinmun-html-"));
    const file = join(dir, "report.html");
    writeFileSync(file, renderHtml(report), "utf8");

    const context = await chromium.launchPersistentContext(join(dir, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(file).href);
      expect(requests.filter((u) => !u.startsWith("file:"))).toEqual([]); // self-contained
      // strict table: ORG, LOC, PERSON rows + micro + macro
      expect(await page.locator("table#strict tbody tr").count()).toBe(5);
      expect(await page.locator('table#strict tr[data-label="LOC"] td').allTextContents()).toEqual(["LOC", "0", "1", "2", "0.00", "0.00", "0.00"]);
      const items = page.locator("ol.errors li");
      expect(await items.count()).toBe(4);
      // the escaped "<연합>" shows as text, the span is marked in its sentence
      expect(await page.locator("mark.missed").first().textContent()).toBe("연합");
      expect(await items.first().locator(".sentence").textContent()).toBe(t1);
      await page.click('button[data-filter="missed"]');
      expect(await page.locator("ol.errors li:visible").count()).toBe(2);
      expect(await page.locator("ol.errors li:visible mark.missed").count()).toBe(2);
      expect(await page.locator('button[data-filter="missed"]').getAttribute("aria-pressed")).toBe("true");
      await page.click('button[data-filter="spurious"]');
      expect(await page.locator("ol.errors li:visible").allTextContents()).toEqual([expect.stringContaining("공장")]);
      await page.click('button[data-filter="all"]');
      expect(await page.locator("ol.errors li:visible").count()).toBe(4);
      const shot = join(dir, "report.png");
      await page.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size).toBeGreaterThan(1000);
      console.log(`renderHtml.browser.test: screenshot at ${shot}`);
    } finally {
      await context.close();
    }
  },
  60_000,
);
