// The party's copy page in a real browser: Debian's chromium, headless, driven over the
// DevTools protocol by puppeteer-core, opens index.html of the fixture's copy (make-demo-copy.sh)
// from file:// and checks what a person would: nothing fetched from the network, no console
// errors, every video has its duration, an entry moves every camera to its moment, solo
// switches the audible track, the sealed passage's time shows its notice, the keyboard works.
// Then it takes the screenshots of the page in ru and kk at 1366×768.
//
//   node page-test.mjs COPY_DIR SCREENSHOT_DIR
// COPY_DIR holds ru/ and kk/ (the fixture's output). Prints "N passed, N failed".
import puppeteer from 'puppeteer-core';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [copyDir, screenshotDir] = process.argv.slice(2);
if (!copyDir || !screenshotDir) {
  console.error('usage: node page-test.mjs COPY_DIR SCREENSHOT_DIR');
  process.exit(2);
}
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const TOLERANCE_S = 0.1;
const WAIT_MS = 60000; // generous: the machine is shared; every wait is on a condition

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok - ${name}`);
  } catch (error) {
    failed++;
    console.log(`not ok - ${name}\n  ${String(error && error.stack || error).replace(/\n/g, '\n  ')}`);
  }
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'hattama-copy-chromium-'));
const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  userDataDir: profile,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--disable-sync',
    '--autoplay-policy=no-user-gesture-required', '--mute-audio'],
  defaultViewport: { width: 1366, height: 768 },
});

// Opens one language's copy and records what the page does on the way.
async function open(language) {
  const page = await browser.newPage();
  const log = { errors: [], network: [] };
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('file:') && !url.startsWith('data:')) log.network.push(url);
  });
  page.on('requestfailed', (r) => {
    // A media element cancels its own loads (enough metadata, a seek, a pause): not a fault.
    if (r.resourceType() === 'media' && r.failure()?.errorText === 'net::ERR_ABORTED') return;
    log.errors.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  const url = pathToFileURL(path.join(copyDir, language, 'index.html')).href;
  await page.goto(url, { waitUntil: 'load' });
  // Every media element has loaded its metadata (or the page would have shown an error).
  await page.waitForFunction(() => {
    const all = [...document.querySelectorAll('video, audio')];
    return all.length > 0 && all.every((m) => m.readyState >= 1 && Number.isFinite(m.duration));
  }, { timeout: WAIT_MS });
  return { page, log };
}

// The state of every media element: which part and camera/microphone, time, muted, paused.
function mediaState(page) {
  return page.evaluate(() => [...document.querySelectorAll('video, audio')].map((m) => ({
    tag: m.tagName.toLowerCase(), part: Number(m.dataset.part), camera: m.dataset.camera || null,
    microphone: m.dataset.microphone || null, time: m.currentTime, duration: m.duration,
    muted: m.muted, paused: m.paused, visible: m.tagName === 'VIDEO' ? !m.closest('figure').hidden : false,
  })));
}

const copyData = (page) => page.evaluate(() => window.HATTAMA_COPY);

async function clickEntry(page, timeMs) {
  await page.click(`.entry-button[data-time-ms="${timeMs}"]`);
}

// Waits until every camera of the part stands within the tolerance of part time t.
async function camerasAt(page, partIndex, seconds) {
  await page.waitForFunction((p, t, tol) => {
    const videos = [...document.querySelectorAll(`video[data-part="${p}"]`)];
    return videos.length > 0 && videos.every((v) => Math.abs(v.currentTime - t) <= tol && v.readyState >= 2);
  }, { timeout: WAIT_MS }, partIndex, seconds, TOLERANCE_S);
}

const { page, log } = await open('ru');
const data = await copyData(page);
// The demo hearing's moments, from its data (a real recording: the recess ends where part 2 began).
const recess = data.recesses[0];
const sealed = data.excluded[0];
const clock = (ms) => { const s = Math.floor(ms / 1000); return `${Math.floor(s / 3600)}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`; };
const afterRecess = data.entries.find((e) => e.kind === 'speaker_change' && e.timeMs > recess.endMs).timeMs;
const afterSealed = data.entries.find((e) => e.timeMs > sealed.endMs).timeMs;

await check('every video and audio file has its duration (the part length, ±0.1 s)', async () => {
  const state = await mediaState(page);
  assert.equal(state.filter((m) => m.tag === 'video').length, data.parts.length * data.cameras.length);
  assert.equal(state.filter((m) => m.tag === 'audio').length, data.parts.length * data.microphones.length);
  for (const m of state) {
    const part = data.parts[m.part];
    const expected = (part.endMs - part.startMs) / 1000;
    assert.ok(Math.abs(m.duration - expected) <= TOLERANCE_S,
      `${m.tag} ${m.camera || m.microphone} part ${m.part + 1}: ${m.duration} s, expected ${expected} s`);
  }
});

await check('clicking an entry moves every camera to its moment (±0.1 s)', async () => {
  for (const entry of data.entries) {
    const partIndex = data.parts.findIndex((p) => entry.timeMs >= p.startMs && entry.timeMs < p.endMs);
    if (partIndex < 0) continue; // in a recess or a left-out passage: checked below
    await clickEntry(page, entry.timeMs);
    const t = (entry.timeMs - data.parts[partIndex].startMs) / 1000;
    await camerasAt(page, partIndex, t);
    const state = await mediaState(page);
    const shown = state.filter((m) => m.tag === 'video' && m.visible);
    assert.deepEqual([...new Set(shown.map((m) => m.part))], [partIndex], `entry at ${entry.timeMs} ms shows part ${partIndex + 1}`);
    assert.equal(shown.length, data.cameras.length);
    for (const v of shown) assert.ok(Math.abs(v.time - t) <= TOLERANCE_S, `${v.camera}: ${v.time} s, expected ${t} s`);
    const shownTime = await page.$eval('#time', (e) => e.textContent);
    const s = Math.floor(entry.timeMs / 1000);
    assert.equal(shownTime, `0:00:${String(s).padStart(2, '0')}`);
  }
});

await check('playing keeps the cameras together and moves on over the recess', async () => {
  await clickEntry(page, 2000); // part 1 at 2 s; it ends at the recess, part 2 begins after it
  await page.click('#play');
  await page.waitForFunction(() => {
    const v = document.querySelector('video[data-part="0"]');
    return !v.paused && v.currentTime > 2.5;
  }, { timeout: WAIT_MS });
  const playing = (await mediaState(page)).filter((m) => m.tag === 'video' && m.part === 0);
  assert.ok(playing.every((v) => !v.paused), 'every camera of the part plays');
  assert.ok(Math.abs(playing[0].time - playing[1].time) <= TOLERANCE_S + 0.05,
    `cameras ${playing[0].time} s and ${playing[1].time} s`);
  // At the end of part 1 the page goes on with part 2 and says that a recess was skipped.
  await page.waitForFunction(() => {
    const v = document.querySelector('video[data-part="1"]');
    return !v.closest('figure').hidden && !v.paused && v.currentTime > 0.05;
  }, { timeout: WAIT_MS });
  const notice = await page.$eval('#notice', (e) => ({ hidden: e.hidden, cls: e.className, text: e.textContent }));
  assert.equal(notice.hidden, false);
  assert.match(notice.cls, /notice-recess/);
  assert.ok(notice.text.includes(`${clock(recess.startMs)} – ${clock(recess.endMs)}`), notice.text);
  await page.click('#play'); // pause
  await page.waitForFunction(() => [...document.querySelectorAll('video, audio')].every((m) => m.paused),
    { timeout: WAIT_MS });
});

await check('solo switches the audible track to one microphone and back to the mix', async () => {
  await clickEntry(page, afterRecess); // part 2
  await page.click('#play');
  for (const mic of data.microphones) {
    await page.click(`#sound-options input[value="${mic.id}"]`);
    await page.waitForFunction((id) => {
      const a = document.querySelector(`audio[data-part="1"][data-microphone="${id}"]`);
      return !a.muted && !a.paused && a.currentTime > 0;
    }, { timeout: WAIT_MS }, mic.id);
    const state = await mediaState(page);
    const heard = state.filter((m) => !m.muted);
    assert.equal(heard.length, 1, `one element heard, got ${JSON.stringify(heard)}`);
    assert.equal(heard[0].tag, 'audio');
    assert.equal(heard[0].microphone, mic.id);
    assert.equal(heard[0].part, 1);
    const video = state.find((m) => m.tag === 'video' && m.part === 1 && m.camera === 'cam1');
    assert.ok(Math.abs(heard[0].time - video.time) <= TOLERANCE_S + 0.05,
      `microphone at ${heard[0].time} s, camera at ${video.time} s`);
    const label = await page.$eval(`#sound-options input[value="${mic.id}"]`, (i) => i.parentElement.textContent);
    assert.ok(label.includes(mic.name), `the choice is named by the participant: ${label}`);
  }
  await page.click('#sound-options input[value=""]');
  await page.waitForFunction(() => document.querySelector('video[data-part="1"][data-camera="cam1"]').muted === false,
    { timeout: WAIT_MS });
  const state = await mediaState(page);
  const heard = state.filter((m) => !m.muted);
  assert.equal(heard.length, 1);
  assert.equal(heard[0].tag, 'video');
  assert.ok(state.filter((m) => m.tag === 'audio').every((a) => a.paused), 'the microphones rest while the mix plays');
  await page.click('#play');
});

await check('the sealed passage shows what was left out and why; the recess says so too', async () => {
  const box = await page.$eval('#timeline', (e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; });
  const total = data.hearing.durationMs;
  const at = (ms) => box.x + box.w * ms / total;
  await page.mouse.click(at((sealed.startMs + sealed.endMs) / 2), box.y + 10);
  await page.waitForFunction(() => !document.getElementById('notice').hidden, { timeout: WAIT_MS });
  let notice = await page.$eval('#notice', (e) => ({ cls: e.className, text: e.textContent }));
  assert.match(notice.cls, /notice-excluded/);
  assert.ok(notice.text.includes(`${clock(sealed.startMs)} – ${clock(sealed.endMs)}`), notice.text);
  assert.ok(notice.text.includes('Закрытое судебное заседание'), notice.text);
  assert.ok(notice.text.includes(data.excluded[0].reason), notice.text);
  const shownTime = await page.$eval('#time', (e) => e.textContent);
  const shownMs = (sealed.startMs + sealed.endMs) / 2;
  assert.ok([clock(shownMs - 50), clock(shownMs + 50)].includes(shownTime), shownTime);
  // Clicking the entry at the start of the passage shows the same notice.
  await clickEntry(page, sealed.startMs);
  notice = await page.$eval('#notice', (e) => ({ hidden: e.hidden, cls: e.className }));
  assert.equal(notice.hidden, false);
  assert.match(notice.cls, /notice-excluded/);
  await page.mouse.click(at((recess.startMs + recess.endMs) / 2), box.y + 10);
  notice = await page.$eval('#notice', (e) => ({ hidden: e.hidden, cls: e.className, text: e.textContent }));
  assert.equal(notice.hidden, false);
  assert.match(notice.cls, /notice-recess/);
  assert.match(notice.text, /Перерыв/);
  await clickEntry(page, afterSealed);
  await page.waitForFunction(() => document.getElementById('notice').hidden, { timeout: WAIT_MS });
});

await check('keyboard: Space plays and pauses, arrows move by 5 s', async () => {
  await clickEntry(page, 500);
  await page.keyboard.press('ArrowRight'); // 0.5 + 5 s lies in the recess
  let time = await page.$eval('#time', (e) => e.textContent);
  assert.equal(time, '0:00:05');
  assert.equal(await page.$eval('#notice', (e) => e.hidden), false);
  await page.keyboard.press('ArrowLeft');
  await camerasAt(page, 0, 0.5);
  time = await page.$eval('#time', (e) => e.textContent);
  assert.equal(time, '0:00:00');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => !document.querySelector('video[data-part="0"]').paused, { timeout: WAIT_MS });
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('video[data-part="0"]').paused, { timeout: WAIT_MS });
});

await check('the protocol is beside the player', async () => {
  await page.click('#tab-protocol');
  const frame = await page.$eval('#protocol', (f) => ({ src: f.getAttribute('src'), hidden: f.hidden, visible: f.offsetHeight > 0 }));
  assert.equal(frame.hidden, false);
  assert.ok(frame.visible);
  assert.match(decodeURIComponent(frame.src), /protocol\/protocol\.html$/);
  const child = page.frames().find((f) => f.url().endsWith('protocol.html'));
  assert.ok(child, 'the protocol frame loaded');
  await child.waitForSelector('body p');
  await page.click('#tab-entries');
});

await check('no console errors and no network requests', async () => {
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.network, []);
});

// Screenshots: the page at 1366×768 in both languages, at a moment with a speaker.
fs.mkdirSync(screenshotDir, { recursive: true });
async function screenshot(target, language, file, timeMs) {
  await clickEntry(target, timeMs);
  const partIndex = data.parts.findIndex((p) => timeMs >= p.startMs && timeMs < p.endMs);
  if (partIndex >= 0) await camerasAt(target, partIndex, (timeMs - data.parts[partIndex].startMs) / 1000);
  await target.screenshot({ path: path.join(screenshotDir, file) });
}
await check('screenshots in ru and kk', async () => {
  await screenshot(page, 'ru', 'party-copy-ru.png', 2000);
  await page.mouse.click(1, 1); // nothing: keeps the focus off the entry
  await clickEntry(page, sealed.startMs);
  await page.screenshot({ path: path.join(screenshotDir, 'party-copy-sealed-ru.png') });
  const kk = await open('kk');
  await kk.page.click('#sound-options input[value="mic2"]');
  await screenshot(kk.page, 'kk', 'party-copy-kk.png', 2000);
  assert.deepEqual(kk.log.errors, []);
  assert.deepEqual(kk.log.network, []);
  const title = await kk.page.$eval('#title', (e) => e.textContent);
  assert.equal(title, 'Сот отырысының аудио-, бейнежазбасы');
});

await browser.close();
fs.rmSync(profile, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
