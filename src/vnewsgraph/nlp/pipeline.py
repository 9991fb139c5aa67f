"""An ordered pipeline of components over one Document (spaCy style).

A component is any callable ``(Document) -> Document`` with ``name``,
``version``, ``requires`` and ``assigns`` attributes.  The pipeline checks at
construction that every requirement is assigned by an earlier component, and
records on each document which components (name, version) ran.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from vnewsgraph.errors import VnewsgraphError
from vnewsgraph.model import Article, Document
from vnewsgraph.normalize.unicode import normalize_text


class Component(Protocol):
    """Read-only members, so that a class attribute ``requires = ("sentences",)`` fits."""

    @property
    def name(self) -> str: ...

    @property
    def version(self) -> str: ...

    @property
    def requires(self) -> tuple[str, ...]: ...

    @property
    def assigns(self) -> tuple[str, ...]: ...

    def __call__(self, doc: Document) -> Document: ...


class PipelineError(VnewsgraphError):
    code = "pipeline"


def make_document(article: Article) -> Document:
    """Normalise an article into a Document (no annotations yet)."""
    text, offset_map = normalize_text(article.raw_text)
    doc = Document(text=text, offset_map=offset_map, article=article)
    doc.components.append(("normalize", "1"))
    return doc


def default_components() -> list[Component]:
    from vnewsgraph.extract.events import EventExtractor
    from vnewsgraph.extract.facts import FactExtractor
    from vnewsgraph.nlp.entities import EntityRecognizer
    from vnewsgraph.nlp.metadata import MetadataFinder
    from vnewsgraph.nlp.sentences import SentenceSplitter
    from vnewsgraph.nlp.timex import TimexTagger
    from vnewsgraph.nlp.tokens import Tokenizer

    return [
        SentenceSplitter(),
        Tokenizer(),
        MetadataFinder(),
        TimexTagger(),
        EntityRecognizer(),
        FactExtractor(),
        EventExtractor(),
    ]


class Pipeline:
    """Loads resources once; run it over many documents.

    >>> pipe = Pipeline()
    >>> extraction = pipe.extract("Sáng nay (6/2), Tổng Bí thư Tô Lâm thăm Campuchia.")
    """

    def __init__(self, components: Sequence[Component] | None = None) -> None:
        self.components: list[Component] = list(components) if components is not None else default_components()
        assigned: set[str] = {"text", "offset_map"}
        for comp in self.components:
            missing = [r for r in comp.requires if r not in assigned]
            if missing:
                raise PipelineError(f"component {comp.name!r} requires {missing} which no earlier component assigns")
            assigned.update(comp.assigns)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def __call__(self, doc: Document) -> Document:
        for comp in self.components:
            doc = comp(doc)
            doc.components.append((comp.name, comp.version))
        return doc

    def process(self, article: Article) -> Document:
        return self(make_document(article))

    def extract(self, text_or_path: str | Path | Article) -> Any:
        """Run the pipeline on text, a file path or an Article; return an Extraction."""
        from vnewsgraph.extract.contract import Extraction
        from vnewsgraph.ingest.files import article_from_text, read_path

        if isinstance(text_or_path, Article):
            article = text_or_path
        elif isinstance(text_or_path, Path) or _looks_like_path(text_or_path):
            articles = [a for a in read_path(Path(text_or_path)) if isinstance(a, Article)]
            if not articles:
                raise PipelineError("no article could be read", source=str(text_or_path))
            article = articles[0]
        else:
            article = article_from_text(str(text_or_path))
        return Extraction(self.process(article))

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Any]:
        from vnewsgraph.extract.contract import Extraction

        for article in articles:
            yield Extraction(self.process(article))


def _looks_like_path(value: str) -> bool:
    if "\n" in value or len(value) > 4096:
        return False
    try:
        return Path(value).is_file()
    except OSError:
        return False
