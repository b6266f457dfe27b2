"""The command line: single files, batches, bad input, atomic output, schema, stdin."""

import io
import json
import os
import subprocess
import sys
import zipfile

import pytest
from conftest import CORPUS, ROOT, assert_valid
from typer.testing import CliRunner

from nlp_pipeline import __version__
from nlp_pipeline.cli import app
from nlp_pipeline.schema import json_schema

BULLETIN = ("城乡治理工作简报\n第7期\n云岭县城乡治理办公室编 2025年6月18日\n"
            "县里召开推进会\n6月12日上午，县里召开推进会。\n（县城乡治理办）\n")


def run(*args, stdin=None):
    return CliRunner().invoke(app, list(args), input=stdin)


def make_pdf(path, pages=("第一页的正文内容。",), encrypt=None):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), encrypt=encrypt)
    for text in pages:
        c.setFont("STSong-Light", 14)
        c.drawString(72, 720, text)
        c.showPage()
    c.save()
    return path


def make_scan_pdf(path):
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    png = io.BytesIO()
    # a tiny grey bitmap written by hand (no PIL needed): 1x1 PNG
    png.write(bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108000000003a7e9b55"
                            "0000000a49444154789c636000000002000148afa4710000000049454e44ae426082"))
    png.seek(0)
    c = canvas.Canvas(str(path))
    c.drawImage(ImageReader(png), 72, 400, width=400, height=300)
    c.showPage()
    c.save()
    return path


BAD_INPUTS = {
    "missing": (lambda d: d / "nope.txt", "no such file"),
    "empty": (lambda d: (d / "empty.txt").write_bytes(b"") and None or d / "empty.txt", "empty file"),
    "binary": (lambda d: (d / "binary.txt").write_bytes(bytes(range(256)) * 8) and None or d / "binary.txt",
               "binary data"),
    "truncated_pdf": (lambda d: (d / "cut.pdf").write_bytes(make_pdf(d / "whole.pdf").read_bytes()[:400])
                      and None or d / "cut.pdf", "PDF"),
    "encrypted_pdf": (lambda d: make_pdf(d / "locked.pdf", encrypt="secret"), "password"),
    "scanned_pdf": (lambda d: make_scan_pdf(d / "scan.pdf"), "no text layer"),
    "fake_docx": (lambda d: _zip_of_something_else(d / "fake.docx"), "not a Word document"),
}


def _zip_of_something_else(path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("readme.txt", "这不是Word文档")
    path.write_bytes(buf.getvalue())
    return path


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_single_input_gives_one_line_error(tmp_path, case):
    make, cause = BAD_INPUTS[case]
    path = make(tmp_path)
    result = run("extract", str(path))
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"{path}: ")
    assert cause.lower() in lines[0].lower()
    assert "Traceback" not in result.stderr


def test_folder_with_nothing_readable(tmp_path):
    (tmp_path / "notes.md").write_text("# nothing here")
    result = run("extract", str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert f"{tmp_path}: no .txt, .pdf or .docx file in this folder" in result.stderr


def test_batch_goes_on_past_bad_files(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a_good.txt").write_text(BULLETIN, encoding="utf-8")
    (src / "b_binary.txt").write_bytes(bytes(range(256)) * 8)
    (src / "c_good_gbk.txt").write_bytes(BULLETIN.encode("gb18030"))
    (src / "d_fake.docx").write_bytes(b"PK\x03\x04 not really a zip")
    out = tmp_path / "out"
    result = run("extract", str(src), "--out", str(out))
    assert result.exit_code == 1  # some inputs failed
    assert "4 file(s): 2 ok, 2 failed" in result.stderr
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json") if p.name != "manifest.json")
    assert files == ["in/a_good.json", "in/b_binary.json", "in/c_good_gbk.json", "in/d_fake.json"]
    good = json.loads((out / "in/c_good_gbk.json").read_text(encoding="utf-8"))
    assert good["source"]["encoding"] == "gb18030"
    assert good["bulletin"]["issue_number"] == 7
    bad = json.loads((out / "in/b_binary.json").read_text(encoding="utf-8"))
    assert bad["error"]["type"] == "undecodable_text"
    assert bad["source"]["path"] == str(src / "b_binary.txt")
    for path in out.glob("in/*.json"):
        assert_valid(json.loads(path.read_text(encoding="utf-8")))
    assert not list(out.rglob("*.part"))  # no temporary file left behind


def test_jsonl_batch(tmp_path):
    (tmp_path / "x.txt").write_text(BULLETIN, encoding="utf-8")
    (tmp_path / "y.txt").write_text("近日，县里召开会议，部署工作。", encoding="utf-8")
    target = tmp_path / "all.jsonl"
    result = run("extract", str(tmp_path / "x.txt"), str(tmp_path / "y.txt"), str(tmp_path / "nope.txt"),
                 "--jsonl", str(target))
    assert result.exit_code == 1
    # lines come in completion order (parallel workers): look them up by name
    records = sorted((json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()),
                     key=lambda r: r["source"]["path"].rsplit("/", 1)[-1])
    assert [r["source"]["path"].rsplit("/", 1)[-1] for r in records] == ["nope.txt", "x.txt", "y.txt"]
    assert records[0]["error"]["type"] == "missing_file"
    for r in records:
        assert_valid(r)


def test_output_names_collide_after_dropping_suffix(tmp_path):
    (tmp_path / "x.txt").write_text(BULLETIN, encoding="utf-8")
    (tmp_path / "x.text").write_text(BULLETIN, encoding="utf-8")
    out = tmp_path / "out"
    assert run("extract", str(tmp_path / "x.txt"), str(tmp_path / "x.text"), "--out", str(out)).exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["manifest.json", "x.json", "x.text.json"]


def test_existing_output_is_replaced_whole(tmp_path):
    (tmp_path / "x.txt").write_text(BULLETIN, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "x.json").write_text("{ half a json")
    assert run("extract", str(tmp_path / "x.txt"), "--out", str(out)).exit_code == 0
    assert json.loads((out / "x.json").read_text(encoding="utf-8"))["bulletin"]["title"] == "城乡治理工作简报"


def test_stdin():
    result = run("extract", "-", stdin=BULLETIN)
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["source"]["path"] == "-"
    assert doc["articles"][0]["source_unit"] == "县城乡治理办"


def test_schema_command_prints_the_shipped_schema():
    result = run("schema")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == json_schema()
    shipped = ROOT / "nlp_pipeline" / "schema" / "output.schema.json"
    assert json.loads(shipped.read_text(encoding="utf-8")) == json_schema(), "run `make schema`"


def test_version():
    result = run("--version")
    assert result.stdout.strip() == f"nlp-pipeline {__version__}"


def test_bad_reference_date():
    result = run("extract", "-", "--reference-date", "2025-13-01", stdin=BULLETIN)
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_python_dash_m(tmp_path):
    (tmp_path / "x.txt").write_text(BULLETIN, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "nlp_pipeline", "extract", str(tmp_path / "x.txt")],
                          capture_output=True, text=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["bulletin"]["issue"] == "第7期"


def test_tokens_option():
    result = run("extract", "-", "--tokens", stdin=BULLETIN)
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert_valid(doc)
    art = doc["articles"][0]
    assert [t["text"] for t in art["tokens"]][:3] == ["县里", "召开", "推进会"]
    assert all(doc["text"][t["start"]:t["end"]] == t["text"] for t in art["tokens"])
    assert "tokens" not in json.loads(run("extract", "-", stdin=BULLETIN).stdout)["articles"][0]


def test_export_and_report_are_commands_of_the_cli(tmp_path):
    out = tmp_path / "out"
    assert run("extract", str(CORPUS / "002_city_gov_info.txt"), "--out", str(out), "--workers", "1").exit_code == 0
    assert run("export", str(out), "--format", "csv", "--out", str(tmp_path / "csv")).exit_code == 0
    assert (tmp_path / "csv" / "documents.csv").read_text(encoding="utf-8").count("\n") == 2  # header + 1
    assert run("report", str(out), "--out", str(tmp_path / "r.html")).exit_code == 0
