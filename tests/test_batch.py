"""Batch extraction at archive scale (issue 7): parallel workers, resume, kill safety, manifest.

One corpus of 300 small bulletin-like files (295 good, 5 bad) is made once per module from our
own bulletins; every run goes through ``python -m nlp_pipeline`` in a subprocess with
``--workers 2``, the way a user runs it, so signals reach a real process.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT, assert_valid

from nlp_pipeline.batch import (
    InputItem,
    JsonlSink,
    Options,
    OutputNamer,
    Task,
    iter_inputs,
    run_batch,
    work,
)
from nlp_pipeline.ingest.text import decode
from nlp_pipeline.output import JsonlAppender, repair_jsonl

N_GOOD = 295
BAD = {  # name -> expected error type
    "bad_empty.txt": "empty_input",
    "bad_binary.txt": "undecodable_text",
    "bad_fake.docx": "corrupt_file",
    "bad_truncated.pdf": "corrupt_file",
    "bad_huge.txt": "too_large",
}
MAX_BYTES = "64K"
ENV = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONPATH": str(ROOT)}


def make_corpus(folder: Path, n_good: int = N_GOOD, bad: bool = True) -> Path:
    """Small bulletins: the first lines of ours, each with a distinct closing line."""
    texts = [decode(p.read_bytes(), p.name)[0] for p in sorted(CORPUS.glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n_good):
        lines = texts[i % len(texts)].splitlines()
        keep = lines[: 4 + i % 3]
        text = "\n".join(keep) + f"\n（本期第{i + 1}份，共{n_good}份）\n"
        sub = folder / f"group{i % 3}"
        sub.mkdir(exist_ok=True)
        data = text.encode("gb18030") if i % 7 == 0 else text.encode("utf-8")
        (sub / f"doc{i:03d}.txt").write_bytes(data)
    if bad:
        (folder / "bad_empty.txt").write_bytes(b"")
        (folder / "bad_binary.txt").write_bytes(bytes(range(256)) * 8)
        (folder / "bad_fake.docx").write_bytes(b"PK\x03\x04 not really a zip")
        (folder / "bad_truncated.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n")
        (folder / "bad_huge.txt").write_bytes("县里召开会议。\n".encode() * 5000)  # 100 KB > 64K
    return folder


def cli(*args: str | Path, **kw) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "nlp_pipeline", "extract", *map(str, args), "--workers", "2",
           "--max-bytes", MAX_BYTES]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV,
                            start_new_session=True, **kw)


def finish(proc: subprocess.Popen, timeout: float = 120) -> tuple[int, str, str]:
    try:
        out, err = proc.communicate(timeout=timeout)
    finally:
        _reap(proc)
    return proc.returncode, out, err


def _reap(proc: subprocess.Popen) -> None:
    """Kill whatever the run left (workers, fork server) in its session."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def outputs(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*.json"))
            if p.name != "manifest.json"}


def interrupt_when(proc: subprocess.Popen, ready, signum: int, timeout: float = 90) -> None:
    """Send ``signum`` to the run as soon as ``ready()`` holds."""
    deadline = time.monotonic() + timeout
    while not ready():
        assert proc.poll() is None, f"run ended before it could be interrupted: {proc.stderr.read()}"
        assert time.monotonic() < deadline, "run made no progress"
        time.sleep(0.05)
    os.kill(proc.pid, signum)


def jsonl_count(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("batch") / "in")


@pytest.fixture(scope="module")
def baseline(corpus, tmp_path_factory) -> tuple[Path, int, str, Path]:
    """One uninterrupted run over the 300 files."""
    work_dir = tmp_path_factory.mktemp("baseline")
    out, errors = work_dir / "out", work_dir / "errors.jsonl"
    code, _, err = finish(cli(corpus, "--out", out, "--errors", errors))
    return out, code, err, errors


def test_300_files_295_results_5_error_records(baseline, corpus):
    out, code, err, errors = baseline
    assert code == 1, err  # some inputs failed
    assert f"300 file(s): {N_GOOD} ok, 5 failed, 0 skipped" in err
    assert "Traceback" not in err
    files = outputs(out)
    assert len(files) == 300
    records = {name: json.loads(data) for name, data in files.items()}
    failed = {Path(r["source"]["path"]).name: r["error"]["type"] for r in records.values() if "error" in r}
    assert failed == BAD
    assert sum("error" not in r for r in records.values()) == N_GOOD
    for name in ("in/group0/doc000.json", "in/group1/doc100.json", "in/bad_huge.json"):
        assert_valid(records[name])
    assert records["in/group0/doc000.json"]["source"]["encoding"] == "gb18030"
    assert "64K" in records["in/bad_huge.json"]["error"]["message"] or "65,536" in records["in/bad_huge.json"][
        "error"]["message"]
    # --errors: one JSON line per failed input
    report = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert {Path(r["path"]).name: r["type"] for r in report} == BAD
    # the manifest: inputs with hashes, counts, timings
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["status"] == "complete"
    assert manifest["counts"] == {"inputs": 300, "ok": N_GOOD, "failed": 5, "skipped": 0, "not_done": 0}
    assert manifest["pipeline_version"] and manifest["timings"]["elapsed_s"] > 0
    assert manifest["engine"]["workers"] == 2
    entries = {e["path"]: e for e in manifest["inputs"]}
    assert len(entries) == 300
    doc = records["in/group2/doc002.json"]
    assert entries[doc["source"]["path"]]["sha256"] == doc["source"]["sha256"]
    assert entries[doc["source"]["path"]]["output"] == "in/group2/doc002.json"
    assert not [p for p in out.rglob("*") if p.name.endswith(".part")]


def test_out_survives_sigterm_and_sigkill_and_resumes_to_the_same_bytes(baseline, corpus, tmp_path):
    out = tmp_path / "out"
    done = lambda n: lambda: len(list(out.rglob("doc*.json"))) >= n  # noqa: E731
    # 1. SIGTERM at about a quarter: a clean stop with a summary
    proc = cli(corpus, "--out", out)
    interrupt_when(proc, done(70), signal.SIGTERM)
    code, _, err = finish(proc)
    assert code == 143, err
    assert "interrupted by SIGTERM" in err and "run the same command again to resume" in err
    assert "Traceback" not in err
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["status"] == "interrupted"
    # 2. SIGKILL at about two thirds: nothing to clean up, nothing half written
    proc = cli(corpus, "--out", out)
    interrupt_when(proc, done(190), signal.SIGKILL)
    proc.wait(30)
    _reap(proc)
    partial = outputs(out)
    assert 190 <= len(partial) < 300, len(partial)
    for data in partial.values():
        json.loads(data)
    # 3. to the end: what was done is skipped, the result is the uninterrupted run's, byte for byte
    code, _, err = finish(cli(corpus, "--out", out))
    assert code == 1, err
    skipped = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["counts"]["skipped"]
    assert skipped >= len(partial) - len(BAD)
    assert outputs(out) == outputs(baseline[0])
    assert not [p for p in out.rglob("*") if p.name.endswith(".part")]


def test_jsonl_survives_sigkill_and_sigint(baseline, corpus, tmp_path):
    target = tmp_path / "all.jsonl"
    # 1. SIGKILL at about a quarter
    proc = cli(corpus, "--jsonl", target)
    interrupt_when(proc, lambda: jsonl_count(target) >= 70, signal.SIGKILL)
    proc.wait(30)
    _reap(proc)
    # 2. Ctrl-C at about two thirds
    proc = cli(corpus, "--jsonl", target)
    interrupt_when(proc, lambda: jsonl_count(target) >= 190, signal.SIGINT)
    code, _, err = finish(proc)
    assert code == 130, err
    assert "interrupted by SIGINT" in err and "Traceback" not in err
    # 3. to the end
    code, _, err = finish(cli(corpus, "--jsonl", target))
    assert code == 1, err
    lines = target.read_text(encoding="utf-8").splitlines()
    records = {r["source"]["path"]: r for r in map(json.loads, lines)}
    assert len(lines) == len(records) == 300  # one line per input: retried failures replaced theirs
    expected = {json.loads(data)["source"]["path"]: json.loads(data) for data in outputs(baseline[0]).values()}
    assert records == expected
    # the lines are the --out documents, compact
    assert sorted(lines) == sorted(json.dumps(r, ensure_ascii=False) for r in expected.values())


# ---------------------------------------------------------------- in-process units (fast)
def test_jsonl_appender_repairs_a_cut_last_line(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(b'{"a": 1}\n{"b": 2}\n{"c": ')
    assert repair_jsonl(path) == len(b'{"c": ')
    assert path.read_bytes() == b'{"a": 1}\n{"b": 2}\n'
    path.write_bytes(b'{"a": 1}\n{"b": 2}')  # whole, only the newline missing: kept
    assert repair_jsonl(path) == 0
    assert path.read_bytes() == b'{"a": 1}\n{"b": 2}\n'
    appender = JsonlAppender(path)
    appender.write_line('{"c": 3}')
    appender.close()
    assert path.read_text().splitlines() == ['{"a": 1}', '{"b": 2}', '{"c": 3}']


def test_jsonl_sink_keeps_the_last_record_per_path(tmp_path):
    path = tmp_path / "x.jsonl"
    old = {"source": {"path": "a.txt", "sha256": None}, "error": {"type": "timeout", "message": "slow"}}
    path.write_text(json.dumps(old) + "\n" + json.dumps({"source": {"path": "b.txt"}, "x": 1}) + "\n")
    sink = JsonlSink(path)
    sink.open()
    assert sink.done_sha(InputItem("a.txt", "a"), "a") is None  # failures are retried
    sink.write({"path": "a.txt", "text": json.dumps({"source": {"path": "a.txt"}, "ok": 1}) + "\n"})
    assert sink.close(complete=True)
    assert [json.loads(line) for line in path.read_text().splitlines()] == [
        {"source": {"path": "b.txt"}, "x": 1}, {"source": {"path": "a.txt"}, "ok": 1}]


def test_walk_sorted_hidden_skipped_symlinks_followed_once_loops_reported(tmp_path):
    root = tmp_path / "in"
    (root / "b").mkdir(parents=True)
    (root / "a.txt").write_text("x")
    (root / ".hidden.txt").write_text("x")
    (root / "notes.md").write_text("x")
    (root / "b" / "c.txt").write_text("x")
    (root / "b" / "up").symlink_to("..")            # a loop
    (root / "link_to_b").symlink_to("b")            # b again: walked once only
    (root / "dangling.txt").symlink_to("nowhere.txt")
    items = list(iter_inputs([str(root)]))
    assert [(Path(i.path).relative_to(root).as_posix(), i.output_name, i.error and i.error.type) for i in items] == [
        ("a.txt", "in/a", None),
        ("dangling.txt", "in/dangling", "missing_file"),
        ("b/c.txt", "in/b/c", None),
        ("b/up", "in/b/up", "symlink_loop"),
    ]


def test_output_names_stay_inside_and_collisions_get_a_stable_suffix():
    namer = OutputNamer(reserved=("manifest",))
    names = [namer.assign(InputItem(p, n)) for p, n in [
        ("x.txt", "x"), ("x.text", "x"), ("../x.txt", "x"), ("manifest.txt", "manifest"), ("/a/x.txt", "x")]]
    assert names[:3] == ["x", "x.text", "x.txt"]
    assert names[3] == "manifest.txt"  # the run manifest's name is taken
    assert names[4].startswith("x.") and len(names[4]) == 10  # x.<8 hex digits of the path>
    assert len(set(names)) == 5
    again = OutputNamer(reserved=("manifest",))
    assert [again.assign(InputItem(p, n)) for p, n in [("x.txt", "x"), ("x.text", "x"), ("../x.txt", "x")]] == names[:3]


def test_work_never_raises_and_reports_a_stage_bug(tmp_path, monkeypatch):
    import nlp_pipeline.batch as batch

    def broken(*args, **kwargs):
        raise ValueError("a bug in a stage")

    path = tmp_path / "a.txt"
    path.write_text("县里召开会议。", encoding="utf-8")
    monkeypatch.setattr(batch, "extract_document", broken)
    result = work(Task(0, str(path), "a"), Options())
    assert result["status"] == "failed" and result["error_type"] == "internal_error"
    assert "ValueError: a bug in a stage" in result["error_message"]
    assert result["sha256"]  # it was read


def test_run_batch_in_process_with_a_stage_that_raises(tmp_path, monkeypatch):
    import nlp_pipeline.batch as batch

    real = batch.extract_document

    def flaky(data, name, **kw):
        if name.endswith("doc001.txt"):
            raise KeyError("boom")
        return real(data, name, **kw)

    monkeypatch.setattr(batch, "extract_document", flaky)
    src = make_corpus(tmp_path / "in", n_good=4, bad=False)
    seen = []
    summary = run_batch([str(src)], Options(), out=tmp_path / "out", workers=1,
                        on_result=lambda r, s: seen.append(r["status"]))
    assert (summary.ok, summary.failed, summary.exit_code) == (3, 1, 1)
    assert sorted(seen) == ["failed", "ok", "ok", "ok"]
    bad = json.loads((tmp_path / "out/in/group1/doc001.json").read_text(encoding="utf-8"))
    assert bad["error"]["type"] == "internal_error"


def test_resume_skips_up_to_date_outputs_redoes_changed_and_failed_and_force(tmp_path):
    src = make_corpus(tmp_path / "in", n_good=5, bad=False)
    (src / "bad.txt").write_bytes(b"")
    out = tmp_path / "out"
    first = run_batch([str(src)], Options(), out=out, workers=1)
    assert (first.ok, first.failed, first.skipped) == (5, 1, 0)
    stamp = {p: p.stat().st_mtime_ns for p in out.rglob("doc*.json")}
    again = run_batch([str(src)], Options(), out=out, workers=1)
    assert (again.ok, again.failed, again.skipped) == (0, 1, 5)  # the failure is retried
    assert {p: p.stat().st_mtime_ns for p in out.rglob("doc*.json")} == stamp
    changed = src / "group1" / "doc001.txt"
    changed.write_bytes(changed.read_bytes() + "（补充）\n".encode())
    errors = tmp_path / "errors.tsv"
    third = run_batch([str(src)], Options(), out=out, workers=1, errors_path=errors)
    assert (third.ok, third.failed, third.skipped) == (1, 1, 4)
    assert "补充" in json.loads((out / "in/group1/doc001.json").read_text(encoding="utf-8"))["text"]
    assert errors.read_text(encoding="utf-8").splitlines() == [
        "path\ttype\tmessage", f"{src / 'bad.txt'}\tempty_input\tempty file (0 bytes)"]
    forced = run_batch([str(src)], Options(), out=out, workers=1, force=True)
    assert (forced.ok, forced.skipped) == (5, 0)
    # different options (here --compact) than the last run's manifest: everything is redone
    compact = run_batch([str(src)], Options(indent=None), out=out, workers=1)
    assert (compact.ok, compact.skipped) == (5, 0)
    assert b"\n  " not in (out / "in/group1/doc001.json").read_bytes()


def test_plain_progress_lines_when_not_on_a_terminal(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    import nlp_pipeline.cli as cli_module

    monkeypatch.setattr(cli_module, "LOG_EVERY", 0.0)
    src = make_corpus(tmp_path / "in", n_good=3, bad=False)
    result = CliRunner().invoke(cli_module.app, ["extract", str(src), "--out", str(tmp_path / "out"), "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0].startswith("nlp-pipeline: 1/3 (33%), ") and "files/s, ETA " in lines[0]
    assert lines[-1].startswith("3 file(s): 3 ok, 0 failed, 0 skipped -> ")
