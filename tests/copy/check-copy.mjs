// The party's copies made by make-demo-copy.sh, read back with the tools a lawyer or an
// examiner would use: ffprobe (codecs, per-part durations within one frame), ffmpeg (the
// flash/beep sync of the demo sources holds in every camera file; the pictures on both sides
// of the sealed passage are the recording's last frame before it and first frame after it,
// never one inside it), sha256sum -c, openssl cms -verify (copy.json.p7s and the protocol's
// signature against the test PKI), xorriso (the ISO holds the same files, Cyrillic names
// kept), and `hattama copy`'s refusals (nothing left behind), the issuance log.
//
//   node check-copy.mjs HATTAMA DEMO_DIR
// Prints "N passed, N failed".
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [hattama, demo] = process.argv.slice(2);
const FRAME_S = 0.04; // 25 fps
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
const run = (program, args, options = {}) => execFileSync(program, args, { encoding: 'utf8', ...options });
const data = (dir) => JSON.parse(fs.readFileSync(path.join(dir, 'data.js'), 'utf8')
  .replace(/^window\.HATTAMA_COPY = /, '').replace(/;\s*$/, ''));
const ru = path.join(demo, 'ru');
const kk = path.join(demo, 'kk');
const archive = path.join(demo, 'archive');
const id = '2026-11-23-2-1234-2026-copy';
const hearingDir = path.join(archive, id);
const times = Object.fromEntries(fs.readFileSync(path.join(demo, 'times.txt'), 'utf8').split(/\s+/)
  .filter(Boolean).map((kv) => kv.split('=')));
const [sealedStart, sealedEnd] = times.sealed.split('-').map(Number);
const copy = data(ru);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hattama-check-copy-'));

function probe(file, stream) {
  return JSON.parse(run('ffprobe', ['-v', 'error', '-select_streams', stream, '-show_entries',
    'stream=codec_name,duration', '-of', 'json', file])).streams[0];
}
// A path without spaces or Cyrillic for ffmpeg's movie= filter.
function plain(file) {
  const link = path.join(tmp, `m${fs.readdirSync(tmp).length}${path.extname(file)}`);
  fs.copyFileSync(file, link);
  return link;
}
function flashes(file) {
  return run('ffprobe', ['-v', 'error', '-f', 'lavfi', '-i', `movie=${plain(file)},signalstats`, '-show_entries',
    'frame=pts_time:frame_tags=lavfi.signalstats.YAVG', '-of', 'csv=p=0'])
    .split('\n').map((l) => l.split(',')).filter((f) => Number(f[1]) > 200).map((f) => Number(f[0]));
}
function beeps(file) {
  const levels = run('ffprobe', ['-v', 'error', '-f', 'lavfi', '-i',
    `amovie=${plain(file)},bandpass=f=1000:width_type=q:w=30,bandpass=f=1000:width_type=q:w=30,` +
    'asetnsamples=n=240,astats=metadata=1:reset=1', '-show_entries',
    'frame=pts_time:frame_tags=lavfi.astats.Overall.RMS_level', '-of', 'csv=p=0'])
    .split('\n').map((l) => l.split(',')).filter((f) => f.length === 2).map((f) => [Number(f[0]), Number(f[1])]);
  const onsets = [];
  let on = false;
  for (const [t, level] of levels) {
    if (!on && level > -35) { onsets.push(t); on = true; } else if (on && level < -60) on = false;
  }
  return onsets;
}
function psnr(a, aFrame, b, bStream, bFrame) {
  const out = spawnSync('ffmpeg', ['-hide_banner', '-i', a, '-i', b, '-filter_complex',
    `[0:v:0]select=eq(n\\,${aFrame}),setpts=0[a];[1:${bStream}]select=eq(n\\,${bFrame}),setpts=0[b];[a][b]psnr`,
    '-f', 'null', '-'], { encoding: 'utf8' }).stderr;
  const m = out.match(/average:([0-9.]+|inf)/);
  assert.ok(m, out);
  return m[1] === 'inf' ? 100 : Number(m[1]);
}
const frameCount = (file) => Number(run('ffprobe', ['-v', 'error', '-count_frames', '-select_streams', 'v:0',
  '-show_entries', 'stream=nb_read_frames', '-of', 'csv=p=0', file]).trim());
const segments = fs.readFileSync(path.join(hearingDir, 'manifest.jsonl'), 'utf8').split('\n').filter(Boolean)
  .map((l) => JSON.parse(l)).filter((e) => e.type === 'segment');
const segmentAt = (ms) => segments.find((s) => ms >= s.startMs && ms < s.startMs + s.durationMs);

await check('codecs: H.264 and AAC in every camera file, Opus per microphone; durations per part within one frame', () => {
  for (const part of copy.parts) {
    const length = (part.endMs - part.startMs) / 1000;
    for (const file of Object.values(part.cameras)) {
      const video = probe(path.join(ru, file), 'v:0');
      const audio = probe(path.join(ru, file), 'a:0');
      assert.equal(video.codec_name, 'h264', file);
      assert.equal(audio.codec_name, 'aac', file);
      assert.ok(Math.abs(Number(video.duration) - length) <= FRAME_S, `${file}: ${video.duration} s, part ${length} s`);
      assert.ok(Math.abs(Number(audio.duration) - length) <= FRAME_S, `${file} sound: ${audio.duration} s, part ${length} s`);
    }
    for (const file of Object.values(part.microphones)) {
      assert.match(file, /\.webm$/);
      const audio = JSON.parse(run('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_name:format=duration',
        '-of', 'json', path.join(ru, file)]));
      assert.equal(audio.streams[0].codec_name, 'opus', file);
      assert.ok(Math.abs(Number(audio.format.duration) - length) <= FRAME_S, `${file}: ${audio.format.duration} s`);
    }
  }
  assert.equal(copy.parts.length, 3, 'part 1, part 2 up to the sealed passage, part 2 after it');
  assert.equal(copy.parts[1].endMs, sealedStart);
  assert.equal(copy.parts[2].startMs, sealedEnd);
  assert.equal(copy.recesses.length, 1);
  assert.deepEqual(copy.excluded.map((e) => [e.startMs, e.endMs, e.kind]), [[sealedStart, sealedEnd, 'sealed']]);
});

await check('the demo flash/beep sync holds in every camera file (within one frame)', () => {
  for (const part of copy.parts) {
    for (const file of Object.values(part.cameras)) {
      const f = flashes(path.join(ru, file));
      const b = beeps(path.join(ru, file));
      assert.ok(f.length >= 2, `${file}: flashes ${f}`);
      assert.equal(f.length, b.length, `${file}: flashes ${f} beeps ${b}`);
      f.forEach((t, i) => assert.ok(Math.abs(t - b[i]) <= FRAME_S, `${file}: flash ${t} s, beep ${b[i]} s`));
    }
  }
});

await check('no frame of the sealed passage: the pictures stop at its start and resume at its end', () => {
  for (const camera of ['cam1', 'cam2']) {
    const stream = `v:${Number(camera.slice(3)) - 1}`;
    const before = path.join(ru, copy.parts[1].cameras[camera]);
    const after = path.join(ru, copy.parts[2].cameras[camera]);
    // The recording's frames around each cut (25 fps from each segment's start).
    const s1 = segmentAt(sealedStart - 1);
    const lastKept = Math.ceil((sealedStart - s1.startMs) / 40) - 1; // the last frame before the passage
    const s2 = segmentAt(sealedEnd);
    const firstKept = Math.ceil((sealedEnd - s2.startMs) / 40); // the first frame at or after its end
    const n = frameCount(before);
    const lastCopy = psnr(before, n - 1, path.join(hearingDir, s1.path), stream, lastKept);
    const firstSealed = psnr(before, n - 1, path.join(hearingDir, s1.path), stream, lastKept + 1);
    assert.ok(lastCopy > 30 && lastCopy > firstSealed + 3,
      `${camera}: last frame before the passage: PSNR ${lastCopy} dB to the recording's frame before it, ${firstSealed} dB to the first frame inside it`);
    const firstCopy = psnr(after, 0, path.join(hearingDir, s2.path), stream, firstKept);
    const lastSealed = psnr(after, 0, path.join(hearingDir, s2.path), stream, firstKept - 1);
    assert.ok(firstCopy > 30 && firstCopy > lastSealed + 3,
      `${camera}: first frame after the passage: PSNR ${firstCopy} dB to the recording's frame, ${lastSealed} dB to the last frame inside it`);
  }
});

await check('what was said in the sealed passage is not on the copy; the page data names it', () => {
  for (const dir of [ru, kk]) {
    const text = fs.readFileSync(path.join(dir, 'data.js'), 'utf8');
    assert.ok(!text.includes('СЕКРЕТНЫЕ СВЕДЕНИЯ'), 'the note inside the passage is left out');
    assert.ok(data(dir).excluded[0].reason.includes('закрытом судебном заседании'));
  }
  assert.equal(data(kk).language, 'kk');
  assert.equal(copy.microphones[1].name, 'Петрова Анна Сергеевна');
  assert.equal(copy.protocol.signed, true);
});

await check('sha256sum -c SHA256SUMS passes in both copies', () => {
  for (const dir of [ru, kk]) run('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: dir });
});

await check('openssl cms -verify: copy.json.p7s and the protocol\'s signature with the test PKI', () => {
  const ca = path.join(tmp, 'ca.pem');
  fs.writeFileSync(ca, fs.readFileSync(path.join(demo, 'pki/ca/root.pem')) + fs.readFileSync(path.join(demo, 'pki/ca/intermediate.pem')));
  for (const [sig, content] of [['copy.json.p7s', 'copy.json'], ['protocol/protocol.pdf.p7s', 'protocol/protocol.pdf'],
    ['protocol/seal.json.p7s', 'protocol/seal.json']]) {
    run('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', sig, '-content', content, '-CAfile', ca,
      '-purpose', 'any', '-out', '/dev/null'], { cwd: ru, stdio: 'pipe' });
  }
  // A changed copy.json no longer verifies.
  const changed = path.join(tmp, 'copy.json');
  fs.writeFileSync(changed, fs.readFileSync(path.join(ru, 'copy.json'), 'utf8').replace('Петрова', 'Петров'));
  const r = spawnSync('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', path.join(ru, 'copy.json.p7s'),
    '-content', changed, '-CAfile', ca, '-purpose', 'any', '-out', '/dev/null']);
  assert.notEqual(r.status, 0);
});

// An ISO image or a disc (xorriso's drive address) read back: it lists the folder copy's files
// with their Cyrillic names, and the files extracted from it pass sha256sum -c. Returns the
// folder they were extracted to.
function readBack(drive, name) {
  const listed = run('xorriso', ['-indev', drive, '-find', '/', '-type', 'f'], { stdio: 'pipe' })
    .split('\n').filter((l) => l.startsWith("'/")).map((l) => l.slice(2, -1)).sort();
  const sums = fs.readFileSync(path.join(ru, 'SHA256SUMS'), 'utf8').split('\n').filter(Boolean)
    .map((l) => l.slice(66)).concat(['SHA256SUMS']).sort();
  assert.deepEqual(listed, sums);
  assert.ok(listed.includes('media/part-01/Микрофон 3 Сейтқали Нұрлан Бекұлы.webm'), listed.join('\n'));
  const out = path.join(tmp, name);
  run('xorriso', ['-osirrox', 'on', '-indev', drive, '-extract', '/', out], { stdio: 'pipe' });
  const checked = run('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out });
  assert.equal(checked.split('\n').filter((l) => l.endsWith(': OK')).length, sums.length - 1, checked);
  return out;
}

await check('the ISO lists the same files with their Cyrillic names and extracts intact', () => {
  readBack(path.join(demo, 'copy.iso'), 'iso');
});

await check('hattama hearing show lists the copies issued', () => {
  const shown = run(hattama, ['--archive', archive, '--lang', 'en', 'hearing', 'show', id]);
  assert.match(shown, /Copies issued \(3\)/);
  const sums = run('sha256sum', [path.join(ru, 'SHA256SUMS')]).slice(0, 64);
  assert.ok(shown.includes(sums), shown);
  assert.ok(shown.includes('Петрова Анна Сергеевна, истец'));
});

// The disc: `hattama copy --burn` onto xorriso's stdio: pseudo-drive (the code path of
// /dev/sr0), then the "disc" read back as a lawyer's computer would. The work folder of a
// disc copy is made in TMPDIR: a private one, so that what is left there can be seen.
function burn(drive, tmpdir) {
  fs.mkdirSync(tmpdir, { recursive: true });
  return spawnSync(hattama, ['--archive', archive, '--lang', 'en', 'copy', id, '--burn', drive,
    '--recipient', 'Петрова Анна Сергеевна, истец', '--issued-by', 'Ахметова Д. К., секретарь судебного заседания'],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TMPDIR: tmpdir } });
}
// (Qt makes its runtime-root there when XDG_RUNTIME_DIR is not set.)
const workLeft = (tmpdir) => fs.readdirSync(tmpdir).filter((n) => n.startsWith('hattama'));
const discs = () => run(hattama, ['--archive', archive, '--lang', 'en', 'hearing', 'show', id])
  .split('\n').filter((l) => / disc\/full /.test(l));

await check('--burn stdio:DISC: the disc lists the folder copy\'s files (Cyrillic names kept), extracts intact, is logged', () => {
  const disc = path.join(tmp, 'disc.iso');
  const before = discs().length;
  const r = burn(`stdio:${disc}`, path.join(tmp, 'burn-tmp'));
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Copy written: stdio:/);
  assert.deepEqual(workLeft(path.join(tmp, 'burn-tmp')), [], 'the work folder is gone');
  const out = readBack(`stdio:${disc}`, 'disc');
  // The issuance log: one more copy, on a disc, with the digest of the disc's SHA256SUMS.
  const logged = discs();
  assert.equal(logged.length, before + 1, logged.join('\n'));
  const digest = run('sha256sum', [path.join(out, 'SHA256SUMS')]).slice(0, 64);
  assert.ok(logged.some((l) => l.includes(digest) && l.includes('Петрова Анна Сергеевна, истец')), logged.join('\n'));
  // A written disc is not written over (3): a copy never adds a session to a disc.
  const again = burn(`stdio:${disc}`, path.join(tmp, 'burn-tmp'));
  assert.equal(again.status, 3, again.stderr);
  assert.match(again.stderr, /not blank/);
  assert.equal(discs().length, before + 1);
});

await check('--burn refused: no such drive, a drive that cannot be written (3, named); nothing left, nothing logged', () => {
  const before = discs().length;
  const work = path.join(tmp, 'burn-refused-tmp');
  const missing = `stdio:${path.join(tmp, 'no-such-folder', 'disc.iso')}`;
  for (const drive of [missing, '/dev/no-such-drive', `stdio:${path.join(tmp, 'burn-refused-tmp')}`]) {
    const r = burn(drive, work);
    assert.equal(r.status, 3, `${drive}: ${r.stderr}`);
    assert.match(r.stderr, /cannot be written/, drive);
    assert.ok(r.stderr.includes(drive), r.stderr);
    assert.deepEqual(workLeft(work), [], `${drive}: nothing left in TMPDIR`);
  }
  assert.ok(!fs.existsSync(path.join(tmp, 'no-such-folder')));
  assert.equal(discs().length, before);
});

// The refusals: each with its exit code, and nothing left beside the target.
function copyTo(target, folder = hearingDir, extra = []) {
  return spawnSync(hattama, ['--archive', archive, '--lang', 'en', 'copy', folder, '--out', target,
    '--recipient', 'Петрова А. С., истец', ...extra], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
function nothingBeside(parent) {
  return fs.existsSync(parent) ? fs.readdirSync(parent).filter((n) => n.includes('hattama-partial')) : [];
}
function hearingCopy(name) {
  const dir = path.join(tmp, name);
  fs.cpSync(hearingDir, dir, { recursive: true });
  return dir;
}

await check('refused: an existing target (2), a hearing still recording (2), sealed passages without confirmation (2)', () => {
  let r = copyTo(ru);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /already exists/);
  const recording = hearingCopy('recording');
  const json = path.join(recording, 'recording.json');
  fs.writeFileSync(json, fs.readFileSync(json, 'utf8').replace(/"state"\s*:\s*"stopped"/, '"state": "recording"'));
  r = copyTo(path.join(tmp, 'out-recording'), recording);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /still being recorded/);
  assert.ok(!fs.existsSync(path.join(tmp, 'out-recording')));
  r = copyTo(path.join(tmp, 'out-sealed'), hearingDir, ['--include-sealed']);
  assert.equal(r.status, 2, r.stderr);
  assert.ok(!fs.existsSync(path.join(tmp, 'out-sealed')));
  assert.deepEqual(nothingBeside(tmp), []);
});

await check('refused: a missing or altered segment (1, "run hattama verify"), nothing left', () => {
  const missing = hearingCopy('missing');
  fs.rmSync(path.join(missing, segments[1].path));
  let r = copyTo(path.join(tmp, 'out-missing'), missing);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /hattama verify/);
  const altered = hearingCopy('altered');
  const file = path.join(altered, segments[2].path);
  const bytes = fs.readFileSync(file);
  bytes[bytes.length >> 1] ^= 0xff;
  fs.writeFileSync(file, bytes);
  r = copyTo(path.join(tmp, 'out-altered'), altered);
  assert.equal(r.status, 1, r.stderr);
  assert.ok(!fs.existsSync(path.join(tmp, 'out-missing')) && !fs.existsSync(path.join(tmp, 'out-altered')));
  assert.deepEqual(nothingBeside(tmp), []);
});

await check('cancel (SIGINT) while copying leaves nothing', async () => {
  const target = path.join(tmp, 'out-cancel');
  const child = spawn(hattama, ['--archive', archive, 'copy', hearingDir, '--out', target, '--recipient', 'X, Y'],
    { stdio: ['ignore', 'ignore', 'pipe'] });
  let said = '';
  child.stderr.on('data', (d) => {
    said += d;
    if (/copy: [1-9][0-9]? %/.test(said) && !child.killed) child.kill('SIGINT');
  });
  const status = await new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  assert.equal(status, 1, said);
  assert.match(said, /cancel/);
  assert.ok(!fs.existsSync(target));
  assert.deepEqual(nothingBeside(tmp), []);
});

const root = process.getuid && process.getuid() === 0;
await check('refused: no space on the target, a read-only target (3), nothing left (tmpfs; needs root)', () => {
  if (!root) { console.log('  # skipped: not root'); return; }
  const small = path.join(tmp, 'small');
  const readOnly = path.join(tmp, 'ro');
  fs.mkdirSync(small);
  fs.mkdirSync(readOnly);
  run('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', small]);
  run('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', readOnly]);
  try {
    let r = copyTo(path.join(small, 'copy'));
    assert.equal(r.status, 3, r.stderr);
    assert.match(r.stderr, /not enough free disk space/);
    assert.deepEqual(fs.readdirSync(small), []);
    r = copyTo(path.join(readOnly, 'copy'));
    assert.equal(r.status, 3, r.stderr);
    assert.match(r.stderr, /cannot write/);
    assert.deepEqual(fs.readdirSync(readOnly), []);
  } finally {
    spawnSync('umount', [small]);
    spawnSync('umount', [readOnly]);
  }
});

fs.rmSync(tmp, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
