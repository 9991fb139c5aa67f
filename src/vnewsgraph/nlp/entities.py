"""Named-entity recognition: PERSON, ORGANIZATION, LOCATION and MISC entities.

A rule-based recogniser for Vietnamese news (see ``ner_candidates`` for the
grammar and ``ner_merge`` for how forms of one referent are merged).  It fills
``doc.entities`` (ids "e1", "e2"… in order of first mention) and appends to
``doc.mentions`` one Mention per entity mention (label = entity type,
``attrs["entity"]`` = entity id) and one per title of a person (label
"TITLE", ``attrs["entity"]``, ``attrs["title"]``).
"""

from __future__ import annotations

from vnewsgraph.model import Document, Mention
from vnewsgraph.nlp.ner_candidates import find_candidates
from vnewsgraph.nlp.ner_gazetteer import Gazetteer, gazetteer
from vnewsgraph.nlp.ner_merge import build_entities


class EntityRecognizer:
    name = "entities"
    version = "1"
    requires = ("sentences", "tokens")
    assigns = ("mentions", "entities")

    def __init__(self, gz: Gazetteer | None = None) -> None:
        self.gz = gz or gazetteer()

    def __call__(self, doc: Document) -> Document:
        cands, bare = find_candidates(doc, self.gz)
        entities = build_entities(doc.text, cands, bare, self.gz.org_acronyms)
        doc.entities = entities
        mentions = [m for m in doc.mentions if m.component != self.name]
        for ent in entities:
            for sp in ent.mentions:
                mentions.append(Mention(sp.start, sp.end, ent.type, component=self.name,
                                        attrs={"entity": ent.id}))
            for ts in ent.attrs.get("title_spans", []):
                mentions.append(Mention(int(ts["start"]), int(ts["end"]), "TITLE", component=self.name,
                                        attrs={"entity": ent.id, "title": ts["title"]}))
        mentions.sort(key=lambda m: (m.start, -m.end))
        doc.mentions = mentions
        return doc
