"""The sample corpus through the whole chain: extraction (built by others) + the knowledge base.

Expected sources come from the gold annotations, not from the store's own output.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def seeded(store: Any, repo: Any, seed_files: list[Path], pipeline: Any) -> dict[str, str]:
    """Ingest the seeds; return {document id: seed file name}."""
    from vnewsgraph.ingest.files import read_path
    from vnewsgraph.model import Article

    ids = {}
    for path in seed_files:
        for art in read_path(path):
            assert isinstance(art, Article), art
            ids[store.ingest_article(art, pipeline).document_id] = path.name
    return ids


def _gold(shared_dir: Path) -> dict[str, dict[str, Any]]:
    return {p.name.removesuffix(".json"): json.loads(p.read_text("utf-8"))
            for p in sorted((shared_dir / "gold" / "seeds").glob("*.json"))}


def test_trade_figure_is_one_agreeing_claim_with_every_source(seeded: dict[str, str], repo: Any,
                                                              shared_dir: Path) -> None:
    gold = _gold(shared_dir)
    stating = {name for name, g in gold.items()
               if any(f.get("value") == 11_330_000_000 and f.get("period") == "2025" for f in g.get("facts", []))}
    assert stating, "gold has no 2025 trade figure"
    claims = [f for f in repo.list_facts(query="kim ngach thuong mai", kind="actual", limit=100)["items"]
              if f["value"] == 11_330_000_000 and f["period"] == "2025" and f["unit"] == "USD"]
    assert claims, "no claim of the 2025 trade figure"
    best = max(claims, key=lambda f: f["n_sources"])
    found = {seeded[s["document"]] for s in best["sources"]}
    assert best["agreement"] in ("agree", "single") and found == stating, (found, stating, len(claims))
    assert best["agreement"] == "agree"


def test_state_visit_is_one_event_with_every_source(seeded: dict[str, str], repo: Any, shared_dir: Path) -> None:
    gold = _gold(shared_dir)
    reporting = {name for name, g in gold.items()
                 if any(e.get("type") == "VISIT" and e.get("date") == "2026-02-06" for e in g.get("events", []))}
    visits = [e for e in repo.list_events(type="VISIT", since="2026-02-01", until="2026-02-28")["items"]
              if any(p["name"] == "Campuchia" for p in e["participants"]) or
              (e["location"] or {}).get("name") == "Campuchia"]
    assert len(visits) == 1, [(v["date"], v["title"]) for v in visits]
    assert {seeded[s["document"]] for s in visits[0]["sources"]} == reporting


def test_hun_sen_is_one_entity_with_his_spellings(seeded: dict[str, str], repo: Any, shared_dir: Path) -> None:
    gold = _gold(shared_dir)
    mentioning = {name for name, g in gold.items()
                  if any(e["name"] == "Hun Sen" for e in g.get("entities", []))}
    found = [e for e in repo.list_entities(query="hun sen", type="PERSON")["items"]
             if "Hun Sen" in [e["name"], *e["aliases"]]]
    assert len(found) == 1, found
    hun_sen = found[0]
    assert hun_sen["name"] == "Hun Sen"
    assert hun_sen["documents"] == len(mentioning)
    assert any(a != "Hun Sen" for a in hun_sen["aliases"])
    assert hun_sen["titles"]
