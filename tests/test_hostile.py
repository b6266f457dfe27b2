"""Hostile input (issue 7): every resource limit is bounded and reported, nothing is written outside
--out, a slow input times out, a dying worker is replaced; fuzz findings stay fixed."""

from __future__ import annotations

import io
import json
import os
import struct
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT
from typer.testing import CliRunner

from nlp_pipeline.batch import Options, Task, iter_inputs
from nlp_pipeline.cli import app
from nlp_pipeline.engines import ProcessPoolEngine
from nlp_pipeline.errors import InputError
from nlp_pipeline.ingest import LIMITS, InputTooLarge, read_bytes, set_limits

FIXTURES = ROOT / "tests" / "fixtures"
BULLETIN = "城乡治理工作简报\n第7期\n云岭县城乡治理办公室编 2025年6月18日\n县里召开推进会\n6月12日上午，县里召开推进会。\n"


def run(*args: str | Path, stdin: str | None = None):
    return CliRunner().invoke(app, [str(a) for a in args], input=stdin)


def records(out: Path) -> dict[str, dict]:
    return {p.relative_to(out).as_posix(): json.loads(p.read_text(encoding="utf-8"))
            for p in out.rglob("*.json") if p.name != "manifest.json"}


def docx_bytes(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return buf.getvalue()


# ---------------------------------------------------------------- zip bombs
def test_docx_bomb_by_ratio_is_refused_before_inflating():
    data = docx_bytes({"word/document.xml": b" " * (20 * 2**20)})  # 20 MiB of spaces -> 20 KB
    assert len(data) < 100_000
    with pytest.raises(InputError, match=r"expands 1,0\d\dx .*zip bomb"):
        read_bytes(data, "bomb.docx")


def test_docx_bomb_by_declared_size_is_refused():
    data = bytearray(docx_bytes({"word/document.xml": b"<w:document/>", "word/media/a.bin": b"x" * 100}))
    # claim 300 MiB for the second member in the central directory
    cd = data.rfind(b"PK\x01\x02")
    struct.pack_into("<I", data, cd + 24, 300 * 2**20)
    with pytest.raises(InputError, match=r"expands to 300 MiB .*zip bomb"):
        read_bytes(bytes(data), "bomb.docx")


def test_docx_with_too_many_members_is_refused():
    parts = {"word/document.xml": b"<w:document/>"} | {f"word/m{i}.xml": b"" for i in range(10_001)}
    with pytest.raises(InputError, match="zip members"):
        read_bytes(docx_bytes(parts), "many.docx")


def test_zip_bomb_in_a_batch_is_an_error_record(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "bomb.docx").write_bytes(docx_bytes({"word/document.xml": b" " * (20 * 2**20)}))
    (src / "good.txt").write_text(BULLETIN, encoding="utf-8")
    result = run("extract", src, "--out", tmp_path / "out", "--workers", "1")
    assert result.exit_code == 1
    got = records(tmp_path / "out")
    assert got["in/bomb.json"]["error"]["type"] == "corrupt_file"
    assert "zip bomb" in got["in/bomb.json"]["error"]["message"]
    assert "error" not in got["in/good.json"]


# ---------------------------------------------------------------- size and page caps
def test_200_mb_text_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:  # sparse: 200 MB on paper, nothing on disk
        fh.truncate(200 * 2**20)
    result = run("extract", big)
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"{big}: file too large (209,715,200 bytes > limit 52,428,800; "
                                     "raise the limit with --max-bytes)")


def test_max_bytes_option_and_stdin(tmp_path):
    (tmp_path / "a.txt").write_text(BULLETIN, encoding="utf-8")
    result = run("extract", tmp_path / "a.txt", "--max-bytes", "50")
    assert result.exit_code == 1 and "file too large" in result.stderr
    assert run("extract", tmp_path / "a.txt", "--max-bytes", "1K").exit_code == 0
    result = run("extract", "-", "--max-bytes", "50", stdin=BULLETIN)
    assert result.exit_code == 1 and "more than 50 bytes" in result.stderr
    assert run("extract", "-", "--max-bytes", "lots").exit_code == 2


def test_read_bytes_size_cap():
    old = set_limits(max_bytes=10)
    try:
        with pytest.raises(InputTooLarge, match="file too large"):
            read_bytes(b"x" * 11, "a.txt")
    finally:
        set_limits(**vars(old))
    assert LIMITS.max_bytes == old.max_bytes


def _pdf(path: Path, pages: int) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    for n in range(pages):
        c.setFont("STSong-Light", 14)
        c.drawString(72, 720, f"第{n + 1}页的正文内容。")
        c.showPage()
    c.save()
    return path


def test_pdf_page_cap(tmp_path):
    pdf = _pdf(tmp_path / "long.pdf", 4)
    result = run("extract", pdf, "--max-pages", "3")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"{pdf}: too many pages (4 > 3); split the file or raise --max-pages"
    assert run("extract", pdf, "--max-pages", "4").exit_code == 0
    assert LIMITS.max_pages == 2000  # the CLI restored the default


# ---------------------------------------------------------------- walking and output names
def test_symlink_loop_is_reported_and_the_batch_goes_on(tmp_path):
    src = tmp_path / "in"
    (src / "deep").mkdir(parents=True)
    (src / "deep" / "a.txt").write_text(BULLETIN, encoding="utf-8")
    (src / "deep" / "again").symlink_to(src)
    result = run("extract", src, "--jsonl", tmp_path / "all.jsonl", "--workers", "1")
    assert result.exit_code == 1
    assert f"{src / 'deep' / 'again'}: symbolic link loop: points back to {src}; not followed" in result.stderr
    lines = [json.loads(x) for x in (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(r.get("error", {}).get("type", "ok") for r in lines) == ["ok", "symlink_loop"]


def test_output_never_leaves_out(tmp_path, monkeypatch):
    (tmp_path / "work").mkdir()
    (tmp_path / "x.txt").write_text(BULLETIN, encoding="utf-8")
    (tmp_path / "work" / "x.txt").write_text(BULLETIN + "另一份。\n", encoding="utf-8")
    (tmp_path / "work" / "a\x01b.txt").write_text(BULLETIN, encoding="utf-8")
    (tmp_path / "work" / "a_b.txt").write_text(BULLETIN, encoding="utf-8")
    (tmp_path / "work" / ("长" * 83 + ".txt")).write_text(BULLETIN, encoding="utf-8")  # 253 bytes: at the limit
    monkeypatch.chdir(tmp_path / "work")
    out = tmp_path / "work" / "out"
    before = set(tmp_path.rglob("*"))
    result = run("extract", "../x.txt", str(tmp_path / "x.txt"), "x.txt", "a\x01b.txt", "a_b.txt",
                 "长" * 83 + ".txt", "--out", "out", "--workers", "1")
    assert result.exit_code == 0, result.stderr
    created = set(tmp_path.rglob("*")) - before
    assert all(p == out or out in p.parents for p in created), created
    got = records(out)
    assert len(got) == 6  # every input its own file (../x.txt and the absolute path are the same file)
    assert all(len(name.encode()) <= 255 for name in got)
    paths = sorted(r["source"]["path"] for r in got.values())
    assert paths == sorted(["../x.txt", str(tmp_path / "x.txt"), "x.txt", "a\x01b.txt", "a_b.txt",
                            "长" * 83 + ".txt"])
    # the same command again names every output the same way: all skipped
    again = run("extract", "../x.txt", str(tmp_path / "x.txt"), "x.txt", "a\x01b.txt", "a_b.txt",
                "长" * 83 + ".txt", "--out", "out", "--workers", "1")
    assert "6 file(s): 0 ok, 0 failed, 6 skipped" in again.stderr


def test_a_symlink_inside_out_cannot_lead_outside(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(BULLETIN, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "in").symlink_to(elsewhere)
    result = run("extract", src, "--out", out, "--workers", "1")
    assert result.exit_code == 1
    assert "outside --out" in result.stderr
    assert list(elsewhere.iterdir()) == []


def test_unreadable_and_odd_paths_are_error_items(tmp_path):
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    items = list(iter_inputs([str(tmp_path / "dangling.txt"), str(tmp_path / "no-such-dir")]))
    assert [i.error.type for i in items] == ["missing_file", "missing_file"]


# ---------------------------------------------------------------- time and crashes
def _slow_text(path: Path, sentences: int = 12_000) -> Path:
    """A text that takes seconds to extract (12,000 sentences: about 1.5 MB)."""
    sentence = "6月12日上午，县委书记张三主持召开全县安全生产工作推进会，要求各乡镇抓好落实。"
    path.write_text("安全生产工作简报\n第7期\n" + "\n".join(sentence for _ in range(sentences)), encoding="utf-8")
    return path


def test_timeout_in_process(tmp_path):
    slow = _slow_text(tmp_path / "slow.txt")
    (tmp_path / "good.txt").write_text(BULLETIN, encoding="utf-8")
    out = tmp_path / "out"
    result = run("extract", slow, tmp_path / "good.txt", "--out", out, "--workers", "1", "--timeout", "1")
    assert result.exit_code == 1
    assert f"{slow}: took longer than 1 s (--timeout); stopped" in result.stderr
    got = records(out)
    assert got["slow.json"]["error"]["type"] == "timeout"
    assert "error" not in got["good.json"]


def test_timeout_in_a_worker_process_kills_and_replaces_it(tmp_path):
    slow = _slow_text(tmp_path / "slow.txt")
    goods = []
    for i in range(3):
        goods.append(tmp_path / f"good{i}.txt")
        goods[-1].write_text(BULLETIN + f"（{i}）\n", encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    result = run("extract", slow, *goods, "--jsonl", tmp_path / "all.jsonl", "--workers", "2", "--timeout", "1",
                 "--errors", errors)
    assert result.exit_code == 1
    assert "4 file(s): 3 ok, 1 failed" in result.stderr
    assert [json.loads(x) for x in errors.read_text(encoding="utf-8").splitlines()] == [
        {"path": str(slow), "type": "timeout", "message": "took longer than 1 s (--timeout); stopped"}]


def test_a_worker_that_dies_is_replaced_and_its_input_reported(tmp_path):
    slow = _slow_text(tmp_path / "slow.txt")
    good = tmp_path / "good.txt"
    good.write_text(BULLETIN, encoding="utf-8")
    engine = ProcessPoolEngine(2, Options(timeout=None))
    try:
        def tasks():
            yield Task(0, str(slow), "slow")
            yield Task(1, str(good), "good")
            # asked for a third task: the good one is done, the slow one still running: kill its worker
            victim = next(w for w in engine._pool if w.task is not None and w.task.index == 0)
            os.kill(victim.process.pid, 9)
            yield Task(2, str(good), "good2")

        results = {r["index"]: r for r in engine.map(tasks())}
    finally:
        engine.close()
    assert results[0]["error_type"] == "worker_crashed"
    assert "killed by SIGKILL" in results[0]["error_message"]
    assert results[1]["status"] == results[2]["status"] == "ok"


# ---------------------------------------------------------------- fuzz findings
FUZZ_FIXTURES = sorted(p.name for p in FIXTURES.glob("fuzz_*"))


@pytest.mark.parametrize("fixture", FUZZ_FIXTURES)
def test_fuzz_findings_readers_raise_only_input_errors(fixture):
    data = (FIXTURES / fixture).read_bytes()
    try:
        read_bytes(data, fixture)
    except InputError:
        pass


@pytest.mark.parametrize("fixture", FUZZ_FIXTURES)
def test_fuzz_findings_become_records_and_the_batch_goes_on(fixture, tmp_path):
    """`make fuzz` with NLP_FUZZ_TARGET=pipeline found "2月30日前" raising ValueError in the dates
    stage: whatever a stage raises, the batch writes a record and goes on."""
    src = tmp_path / "in"
    src.mkdir()
    (src / fixture).write_bytes((FIXTURES / fixture).read_bytes())
    (src / "zz_good.txt").write_text(BULLETIN, encoding="utf-8")
    result = run("extract", src, "--jsonl", tmp_path / "all.jsonl", "--workers", "1")
    lines = [json.loads(x) for x in (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 2 and "error" not in lines[1]
    if "error" in lines[0]:
        assert lines[0]["error"]["type"] == "internal_error" and result.exit_code == 1


def test_fuzz_finding_impossible_day_is_not_a_crash_in_the_dates_stage():
    from nlp_pipeline import extract_document

    doc = extract_document((FIXTURES / "fuzz_dates_day_out_of_range.txt").read_bytes(), "x.txt")
    assert all("2月30日" not in d["text"] for d in doc["dates"])  # no such day: no date
