"""Event trigger phrases (``nlp/resources/event_triggers.tsv``) and where they occur.

A trigger is matched on whole syllables, case-insensitively, the longest phrase
first at each position.  A match is dropped when the syllable right after it
(``not_before``) or right before it (``not_after``) makes it part of another
word ("tiếp tục", "đăng ký", "thăm hỏi").  A noun kept from a plural ("các cuộc
điện đàm") is let through after a light verb and before "với" ("X có các cuộc điện đàm với A và B"):
the hit is then marked ``plural`` (one happening with each counterpart).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vnewsgraph.errors import VnewsgraphError
from vnewsgraph.nlp.resources import read_lines

RESOURCE = "event_triggers.tsv"
EVENT_TYPES = frozenset({"VISIT", "MEETING", "AGREEMENT", "AID", "STATEMENT", "OTHER"})
FORMS = frozenset({"verb", "act", "noun", "ref", "move", "gift"})
STATUSES = frozenset({"planned", "occurred", "ongoing"})


class TriggerResourceError(VnewsgraphError):
    code = "resource"


@dataclass(frozen=True, slots=True)
class TriggerRule:
    phrase: str
    type: str
    cameo: str | None
    form: str
    status: str | None
    not_before: tuple[str, ...]
    not_after: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TriggerHit:
    start: int
    end: int
    rule: TriggerRule
    plural: bool = False  # "có các cuộc điện đàm với A, B": one with each


def _split(value: str) -> tuple[str, ...]:
    if value in ("", "-"):
        return ()
    return tuple(v.strip().lower() for v in value.split("|") if v.strip())


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


@lru_cache(maxsize=1)
def load_rules() -> dict[str, TriggerRule]:
    """Trigger rules keyed by their lower-cased phrase."""
    rules: dict[str, TriggerRule] = {}
    for n, row in enumerate(read_lines(RESOURCE), 1):
        if len(row) < 7:
            raise TriggerResourceError(f"row {n} has {len(row)} columns, 7 needed", source=RESOURCE)
        phrase, etype, cameo, form, status, not_before, not_after = row[:7]
        if etype not in EVENT_TYPES or form not in FORMS or status not in (*STATUSES, "-"):
            raise TriggerResourceError(f"row {n} ({phrase!r}): bad type, form or status", source=RESOURCE)
        rules[_fold(phrase)] = TriggerRule(
            phrase=phrase,
            type=etype,
            cameo=None if cameo in ("", "-") else cameo,
            form=form,
            status=None if status == "-" else status,
            not_before=_split(not_before),
            not_after=_split(not_after),
        )
    return rules


@lru_cache(maxsize=1)
def _matcher() -> re.Pattern[str]:
    phrases = sorted(load_rules(), key=len, reverse=True)
    # grouped by first letter, longest first within a group: the engine tries one group
    # per position instead of every phrase (about three times faster)
    groups: dict[str, list[str]] = {}
    for p in phrases:
        groups.setdefault(p[0], []).append(r"\s+".join(re.escape(w) for w in p.split())[len(re.escape(p[0])) :])
    alternatives = "|".join(re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in groups.items())
    # case-sensitive over lower-cased text: much faster than IGNORECASE
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)")


_NEXT_WORDS = re.compile(r"\s*(\w+)(?:\s+(\w+))?")
_PREV_WORD = re.compile(r"(\w+)\s*$")
_PLURALS = frozenset({"các", "những"})
# a light verb before a plural noun: "có các cuộc gặp", "tiến hành những cuộc hội đàm"
# … and a counterpart named after it ("… với A, B", "… tới A và B"): not "đã có các cuộc gặp thường xuyên"
_WITH_WHOM = re.compile(r"\s*(?:[^\s,.;]+\s+){0,3}?(?:với|giữa|tới|đến|sang)(?!\w)", re.I)
_LIGHT_VERB = re.compile(r"(?<!\w)(?:có|tiến hành|thực hiện|có thêm)\s+$", re.I)


def _blocked(text: str, start: int, end: int, rule: TriggerRule) -> bool | str:
    """True when the phrase is part of another word here; "plural" when only a plural
    word before a noun after a light verb stands in the way (the hit is kept)."""
    if rule.not_before:
        m = _NEXT_WORDS.match(text, end)
        if m and m.start(1) == end + (len(m.group(0)) - len(m.group(0).lstrip())):
            one = m.group(1).lower()
            two = f"{one} {m.group(2).lower()}" if m.group(2) else one
            if one in rule.not_before or two in rule.not_before:
                return True
    if rule.not_after:
        m = _PREV_WORD.search(text, max(0, start - 30), start)
        if m and m.group(1).lower() in rule.not_after:
            if rule.form in ("noun", "ref") and m.group(1).lower() in _PLURALS and \
                    _LIGHT_VERB.search(text, max(0, m.start() - 20), m.start()) and \
                    _WITH_WHOM.match(text, end, end + 40):
                return "plural"
            return True
    return False


_COUNT = frozenset({"hai", "ba", "bốn", "sáu", "nhiều", "loạt", "2", "3", "4", "5", "6"})


_IN_TURN = re.compile(r"(?<!\w)lần lượt\s+(?:(?:đã|có|tiến hành)\s+)*$", re.I)


def _counted(text: str, start: int) -> bool:
    """"hai cuộc điện đàm", "loạt cuộc gặp", "lần lượt có cuộc gặp với A, B": a noun
    naming several happenings."""
    m = _PREV_WORD.search(text, max(0, start - 12), start)
    if m is not None and m.group(1).lower() in _COUNT:
        return True
    return _IN_TURN.search(text, max(0, start - 30), start) is not None


def find_triggers(text: str, start: int = 0, end: int | None = None) -> list[TriggerHit]:
    """Trigger occurrences in ``text[start:end]`` (offsets into ``text``)."""
    end = len(text) if end is None else end
    rules = load_rules()
    hits: list[TriggerHit] = []
    lowered = text[start:end].lower()
    if len(lowered) != end - start:  # lower-casing changed a length: match as written
        lowered = text[start:end]
    for lm in _matcher().finditer(lowered):
        m_start, m_end = start + lm.start(), start + lm.end()
        rule = rules.get(_fold(lm.group(0)))
        if rule is None:
            continue
        blocked = _blocked(text, m_start, m_end, rule)
        if blocked is True:
            continue
        plural = blocked == "plural" or rule.form == "noun" and _counted(text, m_start)
        hits.append(TriggerHit(m_start, m_end, rule, plural=plural))
    return hits
