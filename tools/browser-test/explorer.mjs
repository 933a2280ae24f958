#!/usr/bin/env node
// Opens a PaperGraph HTML export in Debian's headless Chromium and uses it like a person would: looks at the drawing,
// searches for a node, clicks it, reads the details panel, clicks the node on the canvas, asks for a path.
// Prints what it saw as one JSON object on stdout; the C# test (ExplorerBrowserTests) judges it.
//
//   node explorer.mjs --html graph.html --search LoRA [--path-to "model merging"] [--screenshot shot.png]
//
// The screenshot carries the SHA-256 of the export it shows, as a PNG text chunk (keyword papergraph-html-sha256), so a
// test can tell a picture of the current export from an old one without comparing pixels, which differ by machine.
import { chromium } from "playwright-core";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const { values: options } = parseArgs({
  options: {
    html: { type: "string" },
    search: { type: "string" },
    "path-to": { type: "string" },
    screenshot: { type: "string" },
    overview: { type: "string" },
    chromium: { type: "string", default: process.env.CHROMIUM ?? "/usr/bin/chromium" },
  },
});
if (!options.html || !options.search) {
  console.error("usage: node explorer.mjs --html FILE --search NAME [--path-to NAME] [--screenshot FILE]");
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: options.chromium,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run"],
});
const result = { outsideRequests: [], consoleErrors: [] };
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1 });
  // The export must work offline: anything but the file itself is recorded and refused.
  const url = pathToFileURL(options.html).href;
  await page.route("**/*", (route) => {
    if (route.request().url() === url) {
      return route.continue();
    }
    result.outsideRequests.push(route.request().url());
    return route.abort();
  });
  page.on("pageerror", (error) => result.consoleErrors.push(String(error)));
  page.on("console", (message) => { if (message.type() === "error") result.consoleErrors.push(message.text()); });

  await page.goto(url);
  await page.waitForFunction(() => window.paperGraph && window.paperGraph.stats.frames > 0);
  result.nodeCount = await page.evaluate(() => window.paperGraph.nodeCount);
  result.drawnNodes = await page.evaluate(() => window.paperGraph.stats.drawnNodes);
  result.firstDrawMs = await page.evaluate(() => window.paperGraph.stats.lastDrawMs);
  // Non-blank: pixels of the canvas that are not the background colour, and how many of them carry a kind's colour.
  Object.assign(result, await page.evaluate(() => {
    const canvas = document.getElementById("graph");
    const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    const colours = new Set();
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i] !== 0xfb || pixels[i + 1] !== 0xfb || pixels[i + 2] !== 0xfa) {
        painted++;
        colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
      }
    }
    const kinds = window.paperGraph && JSON.parse(document.getElementById("pg-data").textContent).kinds;
    const kindColours = kinds.filter((kind) => colours.has(parseInt(kind.color.slice(1), 16))).map((kind) => kind.name);
    return { paintedPixels: painted, canvasPixels: pixels.length / 4, kindColoursSeen: kindColours };
  }));

  if (options.overview) {
    await page.screenshot({ path: options.overview });
  }

  // Type the name as a person would, then click the suggestion that names it.
  await page.locator("#search").pressSequentially(options.search, { delay: 5 });
  const suggestion = page.locator("#suggestions button", { hasText: options.search }).first();
  await suggestion.waitFor();
  result.suggestions = await page.locator("#suggestions button").allInnerTexts();
  await suggestion.click();
  await page.locator("#details h2.name").waitFor();
  result.detailsName = await page.locator("#details h2.name").innerText();
  result.detailsPapers = await page.locator("#details ul.papers > li > button.link").allInnerTexts();
  result.detailsEvidence = await page.locator("#details ul.papers .evidence").count();
  result.detailsMarks = await page.locator("#details ul.papers mark").allInnerTexts();

  // The node is now in the middle of the canvas: clear the panel, then click it there.
  const index = await page.evaluate((name) => window.paperGraph.find(name), result.detailsName);
  const point = await page.evaluate((i) => window.paperGraph.screenPosition(i), index);
  const box = await page.locator("#graph").boundingBox();
  await page.mouse.click(box.x + 5, box.y + box.height - 5);  // empty corner: deselects
  result.detailsAfterEmptyClick = await page.locator("#details h2.name").count();
  await page.mouse.click(box.x + point.x, box.y + point.y);
  await page.locator("#details h2.name").waitFor();
  result.canvasClickName = await page.locator("#details h2.name").innerText();

  if (options["path-to"]) {
    await page.getByRole("button", { name: "Path from here" }).click();
    await page.locator("#search").fill("");
    await page.locator("#search").pressSequentially(options["path-to"], { delay: 5 });
    await page.locator("#suggestions button", { hasText: options["path-to"] }).first().click();
    await page.getByRole("button", { name: "Path to here" }).click();
    await page.locator("#path ol.hops > li").first().waitFor();
    result.pathHops = await page.locator("#path ol.hops > li").count();
    result.pathText = await page.locator("#path").innerText();
  }
  result.lastDrawMs = await page.evaluate(() => window.paperGraph.stats.lastDrawMs);
  if (options.screenshot) {
    const png = await page.screenshot();
    const sha256 = createHash("sha256").update(readFileSync(options.html)).digest("hex");
    writeFileSync(options.screenshot, withTextChunk(png, "papergraph-html-sha256", sha256));
    result.screenshot = options.screenshot;
    result.screenshotSha256 = sha256;
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));

/** The PNG with a tEXt chunk (keyword, NUL, text) right after its header chunk, where every reader expects metadata. */
function withTextChunk(png, keyword, text) {
  const data = Buffer.concat([Buffer.from(keyword, "latin1"), Buffer.from([0]), Buffer.from(text, "latin1")]);
  const type = Buffer.from("tEXt", "latin1");
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  type.copy(chunk, 4);
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(Buffer.concat([type, data])), 8 + data.length);
  const afterHeader = 8 + 12 + png.readUInt32BE(8);  // signature, then IHDR: length, type, data, CRC
  return Buffer.concat([png.subarray(0, afterHeader), chunk, png.subarray(afterHeader)]);
}

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
    }
  }
  return (crc ^ 0xffffffff) >>> 0;
}
