// The web demo (examples/web, issue 12) in headless Chromium: built by `node examples/web/build.mjs`
// from the packages' ES-module builds, opened from file:// as the README says, with the analysis in
// a Web Worker. Needs the built dist (`npm run build`, as `npm test` does) and Debian's chromium.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";

const root = join(__dirname, "..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
const underCi = process.env.CI === "true";
if (!available && !underCi) {
  console.warn(`web-demo.test: ${CHROMIUM} not found — skipping the web demo in headless Chromium (install Debian's chromium; under CI=true this test runs and fails instead)`);
}
const browserArgs = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const article = readFileSync(join(root, "examples", "openai-aws.txt"), "utf8");
const run = available || underCi ? describe : describe.skip;
// Page-side code (page.evaluate callbacks) sees the DOM, which the tests' TypeScript has no types for.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PageGlobal = any;
const notBusy = (): boolean => (globalThis as PageGlobal).document.body.dataset.state !== "busy";

run("web demo (examples/web) in headless Chromium", () => {
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const pageErrors: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), "sinmun-web-demo-"));

  beforeAll(async () => {
    const out = execFileSync("node", [join(root, "examples", "web", "build.mjs")], { cwd: root, encoding: "utf8" });
    const file = join(root, "examples", "web", "dist", "index.html");
    expect(out).toContain(pathToFileURL(file).href); // the build prints what to open
    context = await chromium.launchPersistentContext(join(dir, "profile"), { executablePath: CHROMIUM, headless: true, args: browserArgs, viewport: { width: 1100, height: 900 } });
    page = await context.newPage();
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    page.on("dialog", (d) => {
      pageErrors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
  }, 60_000);
  afterAll(async () => {
    await context?.close();
  });

  /** Puts text in the box (as a paste does: one input event) and waits for the worker's answer. */
  async function analyze(text: string, timeout = 30_000): Promise<void> {
    await page.fill("#text", text);
    await page.click("#analyze");
    await page.waitForFunction(notBusy, undefined, { timeout });
  }

  test("붙여넣은 예제 기사: 개체(id), 금액 값, 인용의 화자가 표시되고 스크린숏을 남긴다", async () => {
    await analyze(article);
    expect(await page.getAttribute("body", "data-state")).toBe("done");
    expect(await page.locator('#output mark.ent[data-id="openai"]').first().textContent()).toBe("오픈AI");
    expect(await page.locator('#output mark.ent[data-id="amazon-web-services"]').allTextContents()).toContain("AWS");
    expect(await page.locator('#output mark.ent[data-id="microsoft-azure"]').first().textContent()).toBe("애저");
    const amount = page.locator("#output mark.amt", { hasText: "380억 달러" }).first();
    expect(await amount.getAttribute("data-value")).toBe("38000000000 USD");
    expect(await page.locator("#output a.who").allTextContents()).toContain("— 샘 올트먼");
    expect(await page.locator("#output .speaker").count()).toBeGreaterThan(0);
    expect(await page.textContent("#status")).toMatch(/개체 \d+ .*Web Worker/);
    expect(await page.textContent(".note")).toContain("형태소 분석기");
    await page.evaluate(() => {
      (globalThis as PageGlobal).document.getElementById("text").scrollTop = 0;
    });
    const shot = join(dir, "screenshot.png");
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    // The README's picture: refreshed on purpose only (a screenshot differs by a few bytes per run).
    if (process.env.SINMUN_UPDATE_SCREENSHOT === "1") copyFileSync(shot, join(root, "examples", "web", "screenshot.png"));
    expect(requests.filter((u) => !/^(file|blob|data):/.test(u))).toEqual([]); // no server, no network
    expect(pageErrors).toEqual([]);
  }, 60_000);

  test("금액 정규화 상자: 입력하는 대로 parseAmount의 JSON", async () => {
    await page.fill("#amount", "약 1조4000억 원");
    const json = JSON.parse((await page.textContent("#amount-json")) ?? "null") as { value: number; unit: string; approx: boolean };
    expect(json).toMatchObject({ value: 1400000000000, unit: "KRW", approx: true });
    await page.fill("#amount", "금액 아님");
    expect(await page.textContent("#amount-json")).toBe("null");
  });

  test("<script>, </mark>, 따옴표, &는 글자로 보이고 마크업이 되지 않는다 (DOM 검사)", async () => {
    const text = `오픈AI는 <script>window.__pwned = 1</script> </mark><b>굵게</b> "따옴표" & 'AT&T' <img src=x onerror="window.__pwned = 2"> 380억 달러&nbsp;`;
    await analyze(text);
    expect(await page.getAttribute("body", "data-state")).toBe("done");
    expect(await page.evaluate(() => typeof (globalThis as PageGlobal).__pwned)).toBe("undefined");
    expect(await page.locator("#output script, #output img, #output b").count()).toBe(0);
    const shown = await page.evaluate(() => {
      const doc = (globalThis as PageGlobal).document.querySelector("#output .sinmun-doc").cloneNode(true);
      doc.querySelectorAll(".who").forEach((e: PageGlobal) => e.remove());
      return doc.textContent as string;
    });
    expect(shown).toBe(text);
    expect(await page.locator('#output mark.ent[data-id="openai"]').count()).toBe(1);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  test.each([
    ["빈 상자", "empty", ""],
    ["공백만", "empty", " \n\t "],
    ["한국어가 아닌 글", "done", "Apple and Microsoft said on Tuesday that revenue rose 12% to $3.5 billion."],
  ])("%s → 멈추지 않고 상태 %s", async (_name, state, text) => {
    await analyze(text);
    expect(await page.getAttribute("body", "data-state")).toBe(state);
    if (state === "empty") expect(await page.locator("#output *").count()).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  test("1 MB를 붙여넣어도 분석은 Worker에서 돌고 페이지는 그동안 입력을 받는다", async () => {
    const big = (article + "\n").repeat(Math.ceil((1 << 20) / (article.length + 1))).slice(0, 1 << 20);
    // What a paste of 1 MB does: the value changes at once, one input event (page.fill types it in slowly).
    await page.evaluate((value) => {
      const box = (globalThis as PageGlobal).document.getElementById("text");
      box.value = value;
      box.dispatchEvent(new Event("input"));
    }, big);
    await page.click("#analyze");
    expect(await page.getAttribute("body", "data-state")).toBe("busy");
    // While the worker analyses, the main thread still runs the normalizer box.
    await page.fill("#amount", "0.25%p");
    expect(JSON.parse((await page.textContent("#amount-json")) ?? "null")).toMatchObject({ unit: "%p" });
    expect(await page.getAttribute("body", "data-state")).toBe("busy");
    await page.waitForFunction(notBusy, undefined, { timeout: 150_000 });
    expect(await page.getAttribute("body", "data-state")).toBe("done");
    expect(await page.locator('#output mark.ent[data-id="openai"]').count()).toBeGreaterThan(100);
    expect(pageErrors).toEqual([]);
  }, 180_000);
});
