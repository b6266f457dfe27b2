"""The Dask engine (issue 7): the same inputs give the same outputs, byte for byte, as the local
engine, with the client writing (so the same atomic writes, resume and manifest)."""

from __future__ import annotations

import json

import pytest
from test_batch import BAD, make_corpus
from typer.testing import CliRunner

from nlp_pipeline.cli import app

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def files(out):
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*.json"))
            if p.name != "manifest.json"}


def test_dask_outputs_equal_the_local_engines(scheduler, tmp_path):
    src = make_corpus(tmp_path / "in", n_good=24)
    common = ["--max-bytes", "64K"]
    local = run("extract", src, "--out", tmp_path / "local", "--workers", "2", *common)
    dask = run("extract", src, "--out", tmp_path / "dask", "--engine", "dask", "--scheduler", scheduler, *common)
    assert local.exit_code == dask.exit_code == 1, dask.stderr
    assert "29 file(s): 24 ok, 5 failed, 0 skipped" in dask.stderr
    assert "dask worker(s)" in dask.stderr
    got, expected = files(tmp_path / "dask"), files(tmp_path / "local")
    assert len(got) == 29 and got == expected
    manifest = json.loads((tmp_path / "dask" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["engine"]["name"] == "dask" and manifest["counts"]["failed"] == len(BAD)

    # JSONL: the same lines (completion order differs: sorted)
    run("extract", src, "--jsonl", tmp_path / "local.jsonl", "--workers", "2", *common)
    run("extract", src, "--jsonl", tmp_path / "dask.jsonl", "--engine", "dask", "--scheduler", scheduler, *common)
    lines = {name: sorted((tmp_path / name).read_bytes().splitlines()) for name in ("local.jsonl", "dask.jsonl")}
    assert len(lines["dask.jsonl"]) == 29 and lines["dask.jsonl"] == lines["local.jsonl"]

    # resume works the same: a rerun on Dask skips what is done
    again = run("extract", src, "--out", tmp_path / "dask", "--engine", "dask", "--scheduler", scheduler, *common)
    assert "29 file(s): 0 ok, 5 failed, 24 skipped" in again.stderr
    assert files(tmp_path / "dask") == expected


def test_dask_timeout_is_enforced_on_the_worker(scheduler, tmp_path):
    from test_hostile import _slow_text

    # small: the abandoned extraction goes on in a thread of this very process (processes=False)
    slow = _slow_text(tmp_path / "slow.txt", sentences=3000)
    result = run("extract", slow, "--jsonl", tmp_path / "x.jsonl", "--engine", "dask", "--scheduler", scheduler,
                 "--timeout", "0.3")
    assert result.exit_code == 1
    assert "took longer than 0.3 s (--timeout)" in result.stderr


def test_scheduler_needs_the_dask_engine(tmp_path):
    result = run("extract", tmp_path, "--out", tmp_path / "o", "--scheduler", "tcp://x:1")
    assert result.exit_code == 2
