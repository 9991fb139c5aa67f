"""kill -9 in the middle of an ingest leaves a consistent store; running it again finishes the job."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from vnewsgraph.kb import schema as s

PROVINCES = ["Bắc Ninh", "Hải Dương", "Thanh Hóa", "Quảng Trị", "Gia Lai", "Đắk Lắk", "Khánh Hòa", "Tây Ninh",
             "An Giang", "Cà Mau", "Lào Cai", "Sơn La"]
PARTNERS = ["Hàn Quốc", "Nhật Bản", "Singapore", "Đức", "Hoa Kỳ", "Trung Quốc", "Pháp", "Ấn Độ"]
PEOPLE = ["Nguyễn Văn Thắng", "Lê Thị Hoa", "Trần Đức Minh", "Phạm Quang Huy", "Hoàng Thị Lan", "Vũ Mạnh Hà"]
GOODS = ["cà phê", "hạt điều", "thủy sản", "gạo", "dệt may", "đồ gỗ", "rau quả", "cao su"]


def _articles(folder: Path, n: int) -> None:
    rng = random.Random(11)
    for i in range(n):
        prov, partner, person, good = (rng.choice(PROVINCES), rng.choice(PARTNERS), rng.choice(PEOPLE),
                                       rng.choice(GOODS))
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        text = (
            f"date 2025-{m:02d}-{d:02d} (Báo {prov}) -\n\n"
            f"Ngày {d}/{m}, Chủ tịch UBND tỉnh {prov} {person} tiếp đoàn doanh nghiệp {partner} do Đại sứ dẫn đầu. "
            f"Năm 2024, xuất khẩu {good} của tỉnh sang {partner} đạt {rng.randint(10, 900)},{rng.randint(1, 9)} "
            f"triệu USD, tăng {rng.randint(2, 40)}%. Tỉnh hiện có {rng.randint(5, 300)} dự án của nhà đầu tư "
            f"{partner} với tổng vốn {rng.randint(1, 30)},{rng.randint(1, 9)} tỷ USD. Bản tin số {i} ghi nhận "
            f"{rng.randint(100, 9000)} lao động địa phương có việc làm mới trong quý {rng.randint(1, 4)}.\n"
        )
        (folder / f"a{i:04d}.txt").write_text(text, encoding="utf-8")


def _check_consistent(store: Any) -> int:
    """Every stored document is fully linked; every link points at something; counts add up."""
    with store.read() as c:
        docs = c.execute(select(s.documents.c.id, s.documents.c.record, s.documents.c.resolved)).all()
        for d in docs:
            rec = json.loads(d.record)
            assert d.resolved == 1, d.id
            n_m = c.execute(select(func.count()).where(s.mentions.c.doc_id == d.id)).scalar()
            n_f = c.execute(select(func.count()).where(s.fact_reports.c.doc_id == d.id)).scalar()
            n_e = c.execute(select(func.count()).where(s.event_reports.c.doc_id == d.id)).scalar()
            assert (n_m, n_f, n_e) == (len(rec["entities"]), len(rec["facts"]), len(rec["events"])), d.id
        assert c.execute(select(func.count()).where(s.mentions.c.entity_id.is_(None))).scalar() == 0
        assert c.execute(select(func.count()).where(s.fact_reports.c.claim_id.is_(None))).scalar() == 0
        orphans = c.execute(select(func.count()).select_from(s.mentions).where(
            ~s.mentions.c.entity_id.in_(select(s.entities.c.id)))).scalar()
        assert orphans == 0
        orphans = c.execute(select(func.count()).select_from(s.fact_reports).where(
            ~s.fact_reports.c.claim_id.in_(select(s.claims.c.id)))).scalar()
        assert orphans == 0
        for eid, n in c.execute(select(s.entities.c.id, s.entities.c.doc_count)).all():
            real = c.execute(select(func.count(func.distinct(s.mentions.c.doc_id))).where(
                s.mentions.c.entity_id == eid)).scalar()
            assert n <= real and (n > 0 or real > 0), eid
        if store.dialect == "sqlite":
            assert c.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        return len(docs)


@pytest.mark.slow
def test_kill_during_ingest_then_rerun_completes(store_url: str, tmp_path: Path) -> None:
    from vnewsgraph.kb.store import open_store

    folder = tmp_path / "news"
    folder.mkdir()
    n = 120
    _articles(folder, n)
    open_store(store_url).close()  # migrated before the race starts
    cmd = [sys.executable, "-c", "import sys; from vnewsgraph.cli import main; sys.argv[0] = 'vnewsgraph'; main()",
           "--db", store_url, "ingest", str(folder)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    store = open_store(store_url)
    try:
        deadline = time.monotonic() + 120
        stored = 0
        while time.monotonic() < deadline and proc.poll() is None:
            stored = store.counts()["documents"]
            if stored >= 15:
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the ingest finished before it could be killed; make the corpus bigger"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        partial = _check_consistent(store)
        assert 15 <= partial < n
        rerun = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
        assert rerun.returncode == 0, rerun.stderr
        assert f"{partial} already stored" in rerun.stderr
        assert _check_consistent(store) == n
    finally:
        if proc.poll() is None:
            proc.kill()
        store.close()
