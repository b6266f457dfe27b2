"""Batch throughput and memory (issue 7), through the CLI as a user runs it (``make bench``).

1. files/s of ``nlp-pipeline extract DIR --jsonl FILE`` on a subset of the bench corpus
   (``build/bench/text``, made by ``benchmarks/make_bench_corpus.py``) with ``--workers 1``
   (in-process), ``--workers 2`` (process pool) and ``--engine dask --workers 2`` (a local Dask
   cluster of 2 worker processes). The rate is taken from the run manifest: processed files over
   the time after the engine was up (start-up is reported apart, it does not scale with files).
   Target: 2 workers >= 1.7 x 1 worker on a 2-core machine.
2. peak memory with N and 10 N files (streaming: the 10 N run must stay within 1.2 x): the whole
   process with ``--workers 1``, and the parent (the writer) and the largest worker with
   ``--workers 2``, sampled every 50 ms with psutil (installed with the dask extra).

With every run: CPU milliseconds per file in the parent (walking, writing) and in its child
processes (the workers), from the same sampling. On a loaded machine the wall-clock speed-up says
little; the parent's share of the CPU says whether the parent could become the bottleneck.

The machine's load average is printed with every figure: other jobs on the machine skew them.

    .venv/bin/python benchmarks/batch_throughput.py [--subset 400] [--rss-n 200] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "build" / "bench" / "text"
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}


def ensure_corpus(n: int) -> list[Path]:
    files = sorted(BENCH.glob("*.txt")) if BENCH.is_dir() else []
    if len(files) < n:
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_bench_corpus.py"), "--docs",
                        str(max(n, 2000)), "--out", str(BENCH.parent)], check=True)
        files = sorted(BENCH.glob("*.txt"))
    return files


def subset(files: list[Path], n: int, folder: Path) -> Path:
    """``n`` inputs in a fresh folder (the corpus repeated with distinct names if n exceeds it)."""
    folder.mkdir(parents=True)
    for i in range(n):
        src = files[i % len(files)]
        data = src.read_bytes()
        if i >= len(files):  # a distinct copy (distinct hash), valid in UTF-8 and GB18030 alike
            data += b"\n" * (i // len(files))
        (folder / f"{i:06d}.txt").write_bytes(data)
    return folder


class Sampler(threading.Thread):
    """Peak RSS of a process and of its largest child, polled."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        import psutil

        self.proc = psutil.Process(pid)
        self.parent_peak = self.child_peak = self.tree_peak = 0
        self.cpu: dict[int, float] = {}  # pid -> last seen user + system CPU seconds
        self.stop = False

    def run(self) -> None:
        import psutil

        while not self.stop:
            try:
                parent = self.proc.memory_info().rss
                times = self.proc.cpu_times()
                self.cpu[self.proc.pid] = times.user + times.system
                kids = []
                for child in self.proc.children(recursive=True):
                    try:
                        kids.append(child.memory_info().rss)
                        times = child.cpu_times()
                        self.cpu[child.pid] = times.user + times.system
                    except psutil.Error:
                        pass
            except psutil.Error:
                return
            self.parent_peak = max(self.parent_peak, parent)
            self.child_peak = max([self.child_peak, *kids])
            self.tree_peak = max(self.tree_peak, parent + sum(kids))
            time.sleep(0.05)


def run(folder: Path, target: Path, *extra: str, sample: bool = True) -> dict:
    cmd = [sys.executable, "-m", "nlp_pipeline", "extract", str(folder), "--jsonl", str(target), *extra]
    load = os.getloadavg()[0]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=ENV)
    sampler = None
    if sample:
        sampler = Sampler(proc.pid)
        sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    if sampler is not None:
        sampler.stop = True
        sampler.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed:\n{err}")
    manifest = json.loads(target.with_name(target.name + ".manifest.json").read_text(encoding="utf-8"))
    out = {"files": manifest["counts"]["inputs"], "ok": manifest["counts"]["ok"], "wall_s": round(wall, 2),
           "startup_s": manifest["timings"]["startup_s"], "files_per_s": manifest["timings"]["processed_per_s"],
           "load_before": round(load, 2), "load_after": round(os.getloadavg()[0], 2)}
    if sampler is not None:
        mib = 2**20
        parent_cpu = sampler.cpu.pop(proc.pid, 0.0)
        out |= {"parent_cpu_ms_per_file": round(1000 * parent_cpu / max(out["files"], 1), 2),
                "children_cpu_ms_per_file": round(1000 * sum(sampler.cpu.values()) / max(out["files"], 1), 2),
                "parent_peak_mib": round(sampler.parent_peak / mib, 1),
                "largest_child_peak_mib": round(sampler.child_peak / mib, 1),
                "tree_peak_mib": round(sampler.tree_peak / mib, 1)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--subset", type=int, default=400, help="files for the throughput runs")
    ap.add_argument("--rss-n", type=int, default=200, help="N of the N vs 10 N memory runs (0: skip them)")
    ap.add_argument("--skip-dask", action="store_true")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    files = ensure_corpus(args.subset)
    report: dict = {"cores": os.cpu_count(), "subset": args.subset}
    tmp = Path(tempfile.mkdtemp(prefix="nlp-batch-bench-"))
    try:
        folder = subset(files, args.subset, tmp / "in")
        configs = [("workers_1", ["--workers", "1"]), ("workers_2", ["--workers", "2"])]
        try:
            import distributed  # noqa: F401

            if not args.skip_dask:
                configs.append(("dask_local_2", ["--engine", "dask", "--workers", "2"]))
        except ImportError:
            print("dask: not installed (pip install -e '.[dask]'), skipped")
        for name, extra in configs:
            report[name] = run(folder, tmp / f"{name}.jsonl", *extra)
            print(f"{name:13} {report[name]}", flush=True)
        one, two = report["workers_1"]["files_per_s"], report["workers_2"]["files_per_s"]
        report["speedup_2_vs_1"] = round(two / one, 2)
        if "dask_local_2" in report:
            report["speedup_dask_vs_1"] = round(report["dask_local_2"]["files_per_s"] / one, 2)
        print(f"2 workers / 1 worker: {report['speedup_2_vs_1']}x (target >= 1.7x)"
              + (f"; Dask local (2) / 1 worker: {report['speedup_dask_vs_1']}x" if "speedup_dask_vs_1" in report
                 else ""))

        n = args.rss_n
        if n > 0:
            small = subset(ensure_corpus(n), n, tmp / "rss_small")
            big = subset(ensure_corpus(10 * n), 10 * n, tmp / "rss_big")
        for workers in ("1", "2") if n > 0 else ():
            a = run(small, tmp / f"rss_small_{workers}.jsonl", "--workers", workers)
            b = run(big, tmp / f"rss_big_{workers}.jsonl", "--workers", workers)
            key = "parent_peak_mib"
            ratio = b[key] / a[key]
            report[f"rss_workers_{workers}"] = {"n": a, "10n": b, "parent_ratio": round(ratio, 3),
                                                "largest_child_ratio": round(
                                                    b["largest_child_peak_mib"] / a["largest_child_peak_mib"], 3)
                                                if a["largest_child_peak_mib"] else None}
            print(f"peak RSS --workers {workers}: {n} files parent {a[key]} MiB (largest child "
                  f"{a['largest_child_peak_mib']}), {10 * n} files parent {b[key]} MiB (largest child "
                  f"{b['largest_child_peak_mib']}): parent ratio {ratio:.3f} (target <= 1.2)", flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
