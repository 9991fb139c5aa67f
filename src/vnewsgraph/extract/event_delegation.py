"""Delegation lists: the people named as going along or attending with a leader.

"Cùng đi với Chủ tịch nước có Bộ trưởng Ngoại giao …", "Tháp tùng Thủ tướng có …"
name members of the visit told just before; "Cùng dự có …", "Cùng tiếp có …" people
at the meeting told just before.  Each takes part on the side of the one they
accompany (the visitor's or the host's side when no one is named).
"""

from __future__ import annotations

import re

from vnewsgraph.extract.event_merge import Candidate
from vnewsgraph.extract.event_roles import EntityIndex
from vnewsgraph.model import Sentence

ACCOMPANY = re.compile(
    r"(?<!\w)(?:(?P<visit>cùng đi|tháp tùng|tham gia đoàn|cùng đi trong đoàn|thành viên đoàn)|"
    r"cùng dự|cùng tham dự|cùng tiếp|cùng hội đàm|cùng hội kiến)"
    r"(?P<with>\s+(?:với\s+)?[^,;.:]{0,80}?)?\s+(?:có|gồm|gồm có|là)(?!\w)",
    re.I)
_CUE_WORDS = ("ùng đi", "ùng dự", "ùng tham dự", "ùng tiếp", "ùng hội", "háp tùng", "gia đoàn", "viên đoàn",
              "ÙNG", "ÁP TÙNG", "IA ĐOÀN", "IÊN ĐOÀN")
_END = re.compile(r"\.(?!\d)")  # the list goes on over its ";" up to the end of the sentence
_SIDE_ROLES = ("actor", "host", "co-chair")


def companion_cues(text: str) -> list[re.Match[str]]:
    """Where the document lists people going along ("Cùng đi với … có")."""
    if not any(w in text for w in _CUE_WORDS):
        return []  # most documents have none: skip the slower scan
    return list(ACCOMPANY.finditer(text))


def add_companions(text: str, index: EntityIndex, sent: Sentence, cues: list[re.Match[str]],
                   cands: list[Candidate]) -> None:
    """Add the people listed in ``sent`` as going along to the visit or meeting they accompany."""
    for m in cues:
        if not sent.start <= m.start() < sent.end:
            continue
        lead = text[sent.start : m.start()].rstrip()
        if lead and not lead.endswith((";", ":", ",")):
            continue  # the cue must open the sentence or a clause
        stop = _END.search(text, m.end(), sent.end)
        refs = index.between(m.start(), stop.start() if stop else sent.end)
        named = {r.entity for r in refs if r.start < m.end() and r.type == "PERSON"}
        kind = "VISIT" if m.group("visit") else "MEETING"
        before = [c for c in cands if c.type == kind and c.start < m.start() and c.roles]
        target = next((c for c in reversed(before) if named & set(c.roles)), None) if named else None
        if target is None:
            target = next((c for c in reversed(before) if not c.anaphoric), before[-1] if before else None)
        if target is None:
            continue
        role = next((target.roles[e] for e in named if e in target.roles), None)
        if role is None:
            role = next((ro for ro in _SIDE_ROLES if ro in target.roles.values()), "actor")
        for r in refs:
            if r.start >= m.end() and r.type == "PERSON" and not r.via_title and r.entity not in target.roles:
                target.roles[r.entity] = role
                target.companions.add(r.entity)
