"""``vnewsgraph extract`` end to end: every sample document validates; stdin; batches with bad inputs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from vnewsgraph.cli import app
from vnewsgraph.extract.contract import validate
from vnewsgraph.ingest.legacy_tables import encode_tcvn3, encode_vni

runner = CliRunner()

ROOT = Path(__file__).resolve().parents[2]
CONTRACT_SCHEMA = Path(os.environ.get("VNEWSGRAPH_SHARED", ROOT.parent / "shared")) / "contract" / "extraction.schema.json"
DISASTER = (
    "Động đất mạnh 5,1 độ xảy ra tại huyện Kon Plông, tỉnh Kon Tum vào sáng nay. "
    "Ban Chỉ huy phòng chống thiên tai tỉnh cho biết chưa ghi nhận thiệt hại về người."
)
INVEST = (
    "Tập đoàn LEGO đã khởi công nhà máy trị giá 1 tỷ USD tại Bình Dương. "
    "Đây là dự án có vốn đầu tư trực tiếp nước ngoài lớn nhất của Đan Mạch tại Việt Nam."
)


def records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def assert_valid(rec: dict) -> None:
    problems = validate(rec)
    assert not problems, problems
    if CONTRACT_SCHEMA.is_file():  # the shared contract, not only the packaged copy
        import jsonschema

        schema = json.loads(CONTRACT_SCHEMA.read_text("utf-8"))
        errors = list(jsonschema.Draft202012Validator(schema).iter_errors(rec))
        assert not errors, [e.message for e in errors]


def test_every_sample_document_extracts_and_validates(seed_files: list[Path]) -> None:
    result = runner.invoke(app, ["extract", *map(str, seed_files), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    recs = records(result.stdout)
    assert len(recs) == len(seed_files)
    for path, rec in zip(seed_files, recs, strict=True):
        assert rec["document"]["source"] == str(path)
        assert_valid(rec)
        head = path.read_text("utf-8")[:40]
        if head.lstrip().startswith("date 20") and len(head.split()[1]) == 10:
            assert rec["document"]["published"] == head.split()[1]
        else:
            assert rec["document"]["published"] is None
        assert not rec["document"]["text"].lstrip().startswith("date ")


def test_stdin_text_with_header() -> None:
    result = runner.invoke(app, ["extract", "-"], input=f" date 2025-08-30 (VOV) - {DISASTER}".encode())
    assert result.exit_code == 0, result.output
    (rec,) = records(result.stdout)
    assert_valid(rec)
    assert rec["document"]["source"] == "<stdin>"
    assert (rec["document"]["published"], rec["document"]["outlet"]) == ("2025-08-30", "VOV")
    assert rec["document"]["text"].startswith("Động đất")


def test_stdin_json_lines_with_a_bad_line() -> None:
    lines = (
        json.dumps({"text": DISASTER, "url": "https://vnexpress.net/dong-dat.html"}, ensure_ascii=False)
        + "\n{oops\n"
        + json.dumps({"text": INVEST, "published": "2025-08-31"}, ensure_ascii=False)
        + "\n"
    )
    result = runner.invoke(app, ["extract", "-"], input=lines.encode())
    assert result.exit_code == 1
    recs = records(result.stdout)
    assert [r["document"]["outlet"] for r in recs] == ["VnExpress", None]
    assert [r["document"]["published"] for r in recs] == [None, "2025-08-31"]
    assert "<stdin>:2" in result.stderr
    for rec in recs:
        assert_valid(rec)


def test_folder_with_good_and_bad_files(tmp_path: Path) -> None:
    (tmp_path / "ok_utf8.txt").write_text(f" date 2025-08-30 {DISASTER}", encoding="utf-8")
    (tmp_path / "ok_tcvn3.txt").write_bytes(encode_tcvn3(INVEST))
    (tmp_path / "ok_vni.txt").write_bytes(encode_vni(DISASTER))
    (tmp_path / "ok_utf16.txt").write_bytes(INVEST.encode("utf-16"))
    (tmp_path / "bad_binary.txt").write_bytes(b"\x00\x01\x02garbage\x00" * 20)
    (tmp_path / "bad_empty.txt").write_bytes(b"   \n")
    (tmp_path / "bad_noise.txt").write_bytes(bytes(range(0x80, 0x100)) * 8)
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    recs = records(result.stdout)
    assert sorted(Path(r["document"]["source"]).name for r in recs) == [
        "ok_tcvn3.txt", "ok_utf16.txt", "ok_utf8.txt", "ok_vni.txt"]
    texts = {Path(r["document"]["source"]).name: r["document"]["text"] for r in recs}
    assert texts["ok_tcvn3.txt"].startswith("Tập đoàn LEGO") and texts["ok_vni.txt"].startswith("Động đất")
    for name in ("bad_binary.txt", "bad_empty.txt", "bad_noise.txt"):
        assert name in result.stderr
    assert "3 input(s) failed" in result.stderr
    for rec in recs:
        assert_valid(rec)


def test_missing_file_exits_non_zero(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "khong-co.txt")])
    assert result.exit_code == 1
    assert "khong-co.txt" in result.stderr and "no such file" in result.stderr


def test_real_stdin_through_a_subprocess(tmp_path: Path) -> None:
    cmd = [sys.executable, "-m", "vnewsgraph.cli", "extract", "-"]
    proc = subprocess.run(cmd, input=encode_vni(INVEST), capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    (rec,) = records(proc.stdout.decode("utf-8"))
    assert rec["document"]["text"] == INVEST
    assert_valid(rec)


def test_empty_path_is_an_error_not_the_current_folder() -> None:
    result = runner.invoke(app, ["extract", ""])
    assert result.exit_code == 1
    assert "empty path" in result.stderr
    assert result.stdout.strip() == ""
