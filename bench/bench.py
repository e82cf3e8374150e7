"""Measures retract (and textlint, for comparison) and prints a Markdown results table.

Single letters (draft, phone script, check) against the 5 ms and 10 MB targets; the worst case
under the input limit against 1 s and 64 MB; the labelled letters as one run, for scale.

Wall time: hyperfine when installed (median of many runs), otherwise a median of our own runs.
Peak memory: the child's maximum resident set size from getrusage, per run.
"""
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "retract")
TODAY = ["--today", "2026-11-24"]


def peak_rss_kib(cmd, stdin=None):
    """Peak RSS of one run of `cmd`, in KiB.

    GNU time reports the child's own maximum; without it, posix_spawn (vfork + exec) keeps most
    of Python's memory out of the child's ru_maxrss, but may still over-report.
    """
    if os.path.exists("/usr/bin/time"):
        r = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True)
        return int(r.stderr.strip().splitlines()[-1])
    devnull = os.open(os.devnull, os.O_RDWR)
    actions = [(os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)]
    if stdin:
        actions.append((os.POSIX_SPAWN_OPEN, 0, stdin, os.O_RDONLY, 0))
    pid = os.posix_spawn(cmd[0], cmd, os.environ, file_actions=actions)
    _, _, usage = os.wait4(pid, 0)
    os.close(devnull)
    return usage.ru_maxrss


def median_seconds(cmd, runs):
    if shutil.which("hyperfine"):
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            subprocess.run(
                ["hyperfine", "--warmup", "3", "--runs", str(runs), "-N", "--ignore-failure",
                 "--export-json", out.name, " ".join(map(shlex_quote, cmd))],
                check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )
            return json.load(open(out.name))["results"][0]["median"]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def shlex_quote(s):
    import shlex
    return shlex.quote(s)


def letter(tmp):
    """The shipped example's email: about 600 characters of Japanese body."""
    text = subprocess.run([BIN, *TODAY, "draft", os.path.join(ROOT, "examples/profile.yaml")],
                          check=True, capture_output=True, text=True).stdout
    path = os.path.join(tmp, "letter.txt")
    open(path, "w").write(text)
    return path, text


def worst(tmp):
    """A text just under the 1 MiB input limit that gives a finding per sentence: a subject, then
    御社の製品。 over and over on one line (every sentence a wrong 御社 in an email)."""
    path = os.path.join(tmp, "worst.txt")
    text = "Subject: 内定辞退撤回のお願い\n\n" + "御社の製品。" * 55_000 + "\n"
    open(path, "w").write(text)
    return path, len(text.encode())


def worst_plain(tmp):
    """A text just under the 1 MiB limit of plain sentences on one line, each a plain-form
    finding whose naming by the sentences after it must be looked up a bounded way."""
    path = os.path.join(tmp, "worst-plain.txt")
    text = "件名：内定辞退撤回のお願い\n\n" + "私は毎日必ず走る。" * 36_000 + "それが大事です。\n"
    open(path, "w").write(text)
    return path, len(text.encode())


def letters():
    """Every labelled letter of tests/letters."""
    d = os.path.join(ROOT, "tests", "letters")
    return [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".txt")]


def textlint(tmp, letter_path):
    if not shutil.which("npm"):
        return None
    d = os.path.join(ROOT, "bench", ".textlint")
    os.makedirs(d, exist_ok=True)
    rules = ["textlint-rule-no-dropping-the-ra", "textlint-rule-no-double-negative-ja",
             "textlint-rule-ja-no-redundant-expression", "@textlint-ja/textlint-rule-no-insert-dropping-sa"]
    bin_path = os.path.join(d, "node_modules", ".bin", "textlint")
    if not os.path.exists(bin_path):
        r = subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix", d, "textlint", *rules],
                           capture_output=True, text=True)
        if r.returncode != 0 or not os.path.exists(bin_path):
            print(f"(textlint not installed: {(r.stderr or r.stdout).strip()[-300:]})", file=sys.stderr)
            return None
    cfg = os.path.join(d, ".textlintrc.json")
    names = [r.replace("textlint-rule-", "") for r in rules]
    json.dump({"rules": {n: True for n in names}}, open(cfg, "w"))
    md = os.path.join(tmp, "letter.md")
    shutil.copy(letter_path, md)
    cmd = [bin_path, "--config", cfg, "--rules-base-directory", os.path.join(d, "node_modules"), md]
    return cmd


def main():
    tmp = tempfile.mkdtemp()
    letter_path, text = letter(tmp)
    body_chars = len("".join(text.split("\n\n", 1)[1].split()))
    rows = []

    draft = [BIN, *TODAY, "draft", os.path.join(ROOT, "examples/profile.yaml")]
    check1 = [BIN, "check", letter_path]
    rows.append(("draft on examples/profile.yaml", median_seconds(draft, 200), max(peak_rss_kib(draft) for _ in range(5)), "< 5 ms, < 10 MB"))
    rows.append((f"check on a {body_chars}-character letter", median_seconds(check1, 200), max(peak_rss_kib(check1) for _ in range(5)), "< 5 ms, < 10 MB"))

    phone = [BIN, *TODAY, "phone-script", os.path.join(ROOT, "examples/profile.yaml")]
    rows.append(("phone-script on examples/profile.yaml", median_seconds(phone, 200), max(peak_rss_kib(phone) for _ in range(5)), "< 5 ms, < 10 MB"))
    explain = [BIN, "check", "--explain", letter_path]
    rows.append(("check --explain on the same letter", median_seconds(explain, 100), peak_rss_kib(explain), ""))

    worst_path, worst_size = worst(tmp)
    for fmt in ("human", "json"):
        cmd = [BIN, "check", "--format", fmt, worst_path]
        rows.append((f"check on the worst case, {worst_size / 1024:.0f} KiB, 55,000 findings, {fmt}", median_seconds(cmd, 5), peak_rss_kib(cmd), "< 1 s, < 64 MB"))

    plain_path, plain_size = worst_plain(tmp)
    cmd = [BIN, "check", "--format", "json", plain_path]
    rows.append((f"check on {plain_size / 1024:.0f} KiB of plain sentences on one line, json", median_seconds(cmd, 5), peak_rss_kib(cmd), "< 1 s, < 64 MB"))

    paths = letters()
    every = [BIN, "check", "--format", "json", *paths]
    rows.append((f"check on all {len(paths)} labelled letters, one process", median_seconds(every, 10), peak_rss_kib(every), ""))

    tl = textlint(tmp, letter_path)
    ratio = None
    if tl:
        tl_time = median_seconds(tl, 10)
        tl_rss = peak_rss_kib(tl)
        rows.append(("textlint, 4 Japanese rules, same letter", tl_time, tl_rss, ""))
        ratio = tl_time / rows[1][1]

    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}; "
          f"timer: {'hyperfine' if shutil.which('hyperfine') else 'python'}")
    print()
    print("| benchmark | median wall time | peak memory | target |")
    print("|---|---|---|---|")
    for name, secs, kib, target in rows:
        print(f"| {name} | {secs * 1000:.2f} ms | {kib / 1024:.1f} MiB | {target} |")
    if ratio:
        print()
        print(f"retract check is {ratio:.0f}× faster than textlint on the same letter (target ≥ 300×).")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
