#!/usr/bin/env python3
"""Crash benchmarks of the recorder: how much of a hearing a crash or a power cut loses.

  bench/crash_bench.py kill9    [--runs 100] [--hattama build/app/hattama]
  bench/crash_bench.py powercut [--runs 10]  [--hattama build/app/hattama]   (root: loop devices)

kill9: records demo sources, kills the recorder with SIGKILL after a random 2-9 s, then runs
`hattama recover` and `hattama verify` (both must exit 0) and measures the seconds lost: the
hearing time of the kill (wall clock since the part's "startedAt" in recording.json) minus the
end of the recovered media (the manifest's last segment: startMs + durationMs).

powercut: the same on ext4 on a loop device; instead of killing, the recorder is frozen
(SIGSTOP) and the loop device's backing file is copied: the copy holds exactly what the block
device had received, as after a power cut. The copy gets e2fsck, is mounted, recovered and
verified, and the seconds lost are measured the same way.

Prints one line per run and a summary (max, mean, failures); exit 1 when a run failed.
"""
import argparse
import datetime
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

RECORD_ARGS = ["--demo", "--mics", "2", "--cameras", "1", "--video-size", "320x240", "--segment", "4",
               "--duration", "600", "--min-free", "0"]


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def started_at(hearing):
    """Wall time (UTC, seconds) of part 1's time zero, once recording.json says it."""
    try:
        with open(os.path.join(hearing, "recording.json")) as f:
            parts = json.load(f).get("parts", [])
        text = parts[0]["startedAt"]
    except (OSError, ValueError, KeyError, IndexError):
        return None
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def media_end_ms(hearing):
    end = 0
    with open(os.path.join(hearing, "manifest.jsonl")) as f:
        for line in f:
            entry = json.loads(line)
            if entry.get("type") == "segment":
                end = max(end, entry["startMs"] + entry["durationMs"])
    return end


def start_recorder(hattama, hearing, env):
    proc = subprocess.Popen([hattama, "record", "--out", hearing] + RECORD_ARGS, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env)
    deadline = time.time() + 60
    while started_at(hearing) is None:
        if proc.poll() is not None or time.time() > deadline:
            proc.kill()
            raise RuntimeError(f"the recorder did not start ({hearing})")
        time.sleep(0.05)
    return proc


def check(hattama, hearing, env):
    recover = run([hattama, "recover", hearing], env=env)
    verify = run([hattama, "verify", hearing], env=env)
    return recover, verify


def report(n, delay, cut_s, hearing, recover, verify):
    end_s = media_end_ms(hearing) / 1000.0 if os.path.exists(os.path.join(hearing, "manifest.jsonl")) else 0.0
    lost = cut_s - end_s
    ok = recover.returncode == 0 and verify.returncode == 0
    said = [l.strip() for l in recover.stdout.splitlines() if "lost" in l or "recording ends" in l]
    print(f"run {n:3d}: cut at {cut_s:6.2f} s (after {delay:4.1f} s), media end {end_s:6.2f} s, lost {lost:5.2f} s, "
          f"recover {recover.returncode} verify {verify.returncode}  {said[0] if said else ''}", flush=True)
    if not ok:
        print(recover.stdout + recover.stderr + verify.stdout + verify.stderr, flush=True)
    return lost, ok


def environment(work):
    env = dict(os.environ)
    env.update(HOME=work, XDG_CONFIG_HOME=work + "/.config", XDG_DATA_HOME=work + "/.local/share",
               QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")
    env.pop("HATTAMA_ARCHIVE", None)
    return env


def kill9(args):
    work = tempfile.mkdtemp(prefix="hattama-kill9-")
    env = environment(work)
    losses, failures = [], 0
    for n in range(1, args.runs + 1):
        hearing = os.path.join(work, f"h{n:03d}")
        proc = start_recorder(args.hattama, hearing, env)
        zero = started_at(hearing)
        delay = random.uniform(2.0, 9.0)
        time.sleep(max(0.0, zero + delay - time.time()))
        os.kill(proc.pid, signal.SIGKILL)
        cut_s = time.time() - zero
        proc.wait()
        recover, verify = check(args.hattama, hearing, env)
        lost, ok = report(n, delay, cut_s, hearing, recover, verify)
        losses.append(lost)
        failures += 0 if ok else 1
        shutil.rmtree(hearing, ignore_errors=True)
    summary("kill -9", losses, failures)
    shutil.rmtree(work, ignore_errors=True)
    return failures


def sh(*cmd):
    out = run(list(cmd))
    if out.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)}: {out.stderr.strip()}")
    return out.stdout.strip()


def powercut(args):
    if os.geteuid() != 0:
        sys.exit("powercut needs root (loop devices, mount)")
    work = tempfile.mkdtemp(prefix="hattama-powercut-")
    env = environment(work)
    losses, failures = [], 0
    for n in range(1, args.runs + 1):
        image, copy = os.path.join(work, "disk.img"), os.path.join(work, "copy.img")
        mnt, mnt2 = os.path.join(work, "mnt"), os.path.join(work, "mnt2")
        os.makedirs(mnt, exist_ok=True)
        os.makedirs(mnt2, exist_ok=True)
        sh("truncate", "-s", "1G", image)
        sh("mkfs.ext4", "-q", "-F", image)
        loop = sh("losetup", "-f", "--show", image)
        sh("mount", loop, mnt)
        hearing = os.path.join(mnt, "h")
        try:
            proc = start_recorder(args.hattama, hearing, env)
            zero = started_at(hearing)
            delay = random.uniform(2.0, 9.0)
            time.sleep(max(0.0, zero + delay - time.time()))
            os.kill(proc.pid, signal.SIGSTOP)
            cut_s = time.time() - zero
            # What the block device has received so far: the backing file, read while frozen.
            sh("cp", "--sparse=always", image, copy)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        finally:
            run(["umount", "-l", mnt])
            run(["losetup", "-d", loop])
        fsck = run(["e2fsck", "-fy", copy])
        loop2 = sh("losetup", "-f", "--show", copy)
        sh("mount", loop2, mnt2)
        try:
            copied = os.path.join(mnt2, "h")
            recover, verify = check(args.hattama, copied, env)
            lost, ok = report(n, delay, cut_s, copied, recover, verify)
            if fsck.returncode > 1:
                print(f"  e2fsck exit {fsck.returncode}: {fsck.stdout.strip()[-300:]}")
        finally:
            run(["umount", mnt2])
            run(["losetup", "-d", loop2])
        losses.append(lost)
        failures += 0 if ok else 1
        os.remove(image)
        os.remove(copy)
    summary("power cut", losses, failures)
    shutil.rmtree(work, ignore_errors=True)
    return failures


def summary(what, losses, failures):
    print(f"{what}: {len(losses)} runs, lost max {max(losses):.2f} s, mean {statistics.mean(losses):.2f} s, "
          f"median {statistics.median(losses):.2f} s; recover/verify failed in {failures} runs", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["kill9", "powercut"])
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument("--hattama", default=os.path.join(os.path.dirname(__file__), "..", "build", "app", "hattama"))
    args = parser.parse_args()
    args.hattama = os.path.abspath(args.hattama)
    if args.runs is None:
        args.runs = 100 if args.mode == "kill9" else 10
    failures = kill9(args) if args.mode == "kill9" else powercut(args)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
