"""vnewsgraph: Vietnamese news into a cited, queryable knowledge base.

Library use::

    import vnewsgraph
    ex = vnewsgraph.extract("Sáng nay (6/2), Tổng Bí thư Tô Lâm thăm Campuchia.")
    ex.to_dict()                      # contract v1

    pipe = vnewsgraph.Pipeline()      # load resources once, reuse over many documents
    for path in paths:
        print(pipe.extract(path).to_json())
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

# The subpackage ``vnewsgraph.extract`` is imported first so that the function
# ``extract`` defined below is what ``vnewsgraph.extract`` names afterwards
# (importing a subpackage binds its name on the parent package).
import vnewsgraph.extract.contract  # noqa: F401,I001
from vnewsgraph.nlp.pipeline import Pipeline

if TYPE_CHECKING:
    from vnewsgraph.extract.contract import Extraction

__version__ = "0.1.0"
__all__ = ["Pipeline", "extract", "open_kb", "__version__"]

_default_pipeline: Pipeline | None = None


def extract(text_or_path: str | Path) -> Extraction:
    """Extract entities, facts and events from text or a file; ``.to_dict()`` gives contract v1."""
    global _default_pipeline
    if _default_pipeline is None:
        _default_pipeline = Pipeline()
    result: Extraction = _default_pipeline.extract(text_or_path)
    return result


def open_kb(url: str | None = None) -> Any:
    """Open the knowledge base at ``url`` (a path, sqlite:///… or postgresql+psycopg://…)."""
    from vnewsgraph.kb.store import open_store

    return open_store(url)
