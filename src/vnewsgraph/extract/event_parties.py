"""Who takes part, clause by clause: a noun's own complement, the subject after a
fronted phrase, bodies in a person's title, "hai bên" / "hai Đảng" resolved to the
sides of the happening told before, "Đoàn" to the visit's leaders, "ông" to the
person named last."""

from __future__ import annotations

import bisect
import re

from vnewsgraph.extract.event_cues import (
    AT,
    FRONT_ACT,
    HOSTS,
    LINKER,
    NOUN_MODIFIERS,
    PHRASE_BREAK,
    PLURAL,
    SCENE,
    SUBJECT_LINK,
    WITH_WHOM,
)
from vnewsgraph.extract.event_dates import event_date
from vnewsgraph.extract.event_merge import Candidate
from vnewsgraph.extract.event_roles import PARTY_TYPES, EntityIndex, Ref
from vnewsgraph.extract.event_triggers import TriggerHit
from vnewsgraph.model import Sentence, Timex


def title_bodies(text: str, refs: list[Ref]) -> set[Ref]:
    """Bodies named in a person's title right before the name ("Chủ tịch Quốc hội Trần Thanh
    Mẫn", "Thứ trưởng Bộ Ngoại giao Nguyễn Mạnh Cường"): at a meeting or on a visit the
    person takes part, not the body (a company signing through its chief still does)."""
    out: set[Ref] = set()
    for r, nxt in zip(refs, refs[1:], strict=False):
        if r.type == "ORGANIZATION" and nxt.type == "PERSON" and not nxt.via_title \
                and 0 <= nxt.start - r.end <= 2 and not text[r.end : nxt.start].strip():
            out.add(r)
    return out


def drop_title_modifiers(text: str, refs: list[Ref]) -> list[Ref]:
    """A place right before a person's name is part of the title ("Thủ tướng Lào Sonexay …",
    "Đại sứ Campuchia tại Việt Nam Chea …": both places)."""
    out: list[Ref] = []
    for i, r in enumerate(refs):
        nxt = refs[i + 1] if i + 1 < len(refs) else None
        if r.type == "LOCATION" and nxt is not None and _titled(text, r, nxt):
            continue
        if r.type == "LOCATION" and nxt is not None and nxt.type == "LOCATION" and i + 2 < len(refs) \
                and _titled(text, nxt, refs[i + 2]) and _POSTED_IN.fullmatch(text, r.end, nxt.start):
            continue
        out.append(r)
    return out


_POSTED_IN = re.compile(r"\s+(?:tại|ở|bên cạnh)\s+", re.I)


def _titled(text: str, place: Ref, person: Ref) -> bool:
    return person.type == "PERSON" and not person.via_title and 0 <= person.start - place.end <= 2 \
        and not text[place.end : person.start].strip()


def subject_after_front(text: str, refs: list[Ref], sent: Sentence, hit: TriggerHit) -> list[Ref]:
    """The subject right after a fronted phrase holding the trigger: the one who ends or
    starts the happening ("Kết thúc chuyến thăm …, Thủ tướng …"), or, at a meeting, those
    who speak there ("Tại cuộc gặp, Thủ tướng A, Thủ tướng B và … nhất trí …").  Nothing
    when the noun is not in a sentence-opening phrase, or only refers back to a visit
    ("Trong chuyến thăm, Chủ tịch nước tiếp …": the subject may be the host); a visit
    named with its place frames what its visitor does ("Trong chuyến thăm Indonesia,
    Chủ tịch nước hội kiến …"), unless the subject receives someone."""
    lead = text[sent.start : hit.start]
    if len(lead.split()) > 4:
        return []
    comma = text.find(",", hit.end, sent.end)
    if comma < 0:
        return []
    scene = hit.rule.type == "MEETING" and SCENE.search(lead)
    framed = hit.rule.type == "VISIT" and SCENE.search(lead) and any(
        r.type == "LOCATION" and hit.end <= r.start < comma for r in refs)
    if not (scene or framed or FRONT_ACT.search(lead)):
        return []
    after = [r for r in refs if r.start > comma]
    if not after or after[0].type != "PERSON" or len(text[comma + 1 : after[0].start].split()) > 5:
        return []
    if framed and HOSTS.match(text, after[0].end):
        return []  # "Trong chuyến thăm Việt Nam, Thủ tướng tiếp …": the host
    if not scene:
        return after[:1]
    out = [after[0]]
    for r in after[1:]:  # "A, B và C": the subjects listed together
        if r.type != "PERSON" or not SUBJECT_LINK.fullmatch(text, out[-1].end, r.start):
            break
        out.append(r)
    return out


def phrase_end(text: str, refs: list[Ref], start: int, end: int, noun: bool = False) -> int:
    """Where a noun's own phrase ends: the first comma after its first named complement
    ("chuyến thăm cấp Nhà nước tới Lào, …"), at most 100 characters on."""
    end = min(end, start + 200)
    inside = [r for r in refs if start <= r.start < end]
    if not inside:
        return start
    brk = PHRASE_BREAK.search(text, start, inside[0].start)
    gap_end = brk.start() if brk else inside[0].start
    # past a comma only a person's titles go on ("cuộc gặp với Tổng Bí thư, Chủ tịch nước …")
    linked = (WITH_WHOM if brk else LINKER).search(text, start, gap_end)
    if noun and not (linked or not brk and NOUN_MODIFIERS.match(text, start, gap_end)):
        # "chuyến thăm có tầm vóc …, … Việt Nam", "Chuyến thăm diễn ra trong bối cảnh X …":
        # no named complement of its own
        return start
    if noun and len(text[start : inside[0].start].split()) > 10:
        return start
    pos = inside[0].end
    at_place = bool(AT.search(text[max(0, inside[0].start - 6) : inside[0].start]))
    while True:
        m = PHRASE_BREAK.search(text, pos, end)
        if m is None:
            return end
        # an enumeration "A, B và C" goes on past its commas (not a place: "tại X, Y và Z làm …")
        nxt = next((r for r in inside if r.start >= m.end()), None)
        if m.group(0) == "," and nxt is not None and nxt.start - m.end() <= 2 and nxt.type == inside[0].type \
                and not at_place:
            pos = nxt.end
            continue
        return m.start()


def caption_list(text: str, clauses: list[tuple[int, int]], hits: list[TriggerHit], refs: list[Ref],
                 cs: int) -> list[Ref]:
    """A photo caption "A; B; C tại Cuộc gặp": the people of the ";"-separated clauses before
    the one of the meeting (``cs``), each just a title and a name with no trigger."""
    out: list[Ref] = []
    for a, b in reversed([c for c in clauses if c[1] <= cs]):
        people = [r for r in refs if a <= r.start < b and r.type == "PERSON"]
        if len(people) != 1 or any(a <= h.start < b for h in hits) or len(text[a:b].split()) > 14:
            break
        out = people + out
    return out


_LIST_GAP = re.compile(r"\s*(?:[,;]\s*(?:và\s+)?|và\s+)(?P<title>[^,;.:()]{0,80}?)$")


def plural_list_end(text: str, refs: list[Ref], end: int, limit: int) -> int:
    """"các cuộc điện đàm với A, và quyền Trưởng ban … B; C": after a plural noun the list
    of counterparts goes on past its commas and "và", each item a title and a person."""
    people = [r for r in refs if end <= r.start < limit and r.type == "PERSON"]
    for p in people:
        gap = _LIST_GAP.match(text, end, p.start)
        if gap is None or len(gap.group("title").split()) > 10:
            break
        end = p.end
    return end


def sides_of(index: EntityIndex, earlier: list[Candidate], pos: int, kind: str = "") -> list[Ref]:
    """"Hai bên", "hai nước": the people (and countries) of the last meeting or visit;
    ``kind`` "đảng" or "nước": only its parties or its countries; "người" ("hai Thủ tướng"):
    the last one with two people or more."""
    for c in reversed(earlier):
        if c.type in ("MEETING", "VISIT") and not c.anaphoric:
            if kind == "đảng":
                ids = list(dict.fromkeys(p for p in (_party_of(index, eid) for eid in c.roles) if p))
            elif kind == "nước":
                ids = [eid for eid in c.roles if index.is_country(eid)]
            else:  # the sides, not the people going along with them
                ids = [eid for eid in c.roles if (index.type_of(eid) == "PERSON" or index.is_country(eid))
                       and eid not in c.companions]
            if kind == "người":
                if sum(index.type_of(eid) == "PERSON" for eid in ids) < 2:
                    continue  # "hai Thủ tướng": a happening of two leaders, not the visit of one
            elif kind and len(ids) != 2:
                continue  # "hai Đảng": a happening of exactly two
            if ids:
                return [Ref(pos, pos, eid, index.type_of(eid), via_title=True) for eid in ids]
    return sides_of(index, earlier, pos) if kind == "người" else []


_LEADERS = re.compile(r"(?:nhà lãnh đạo|lãnh đạo|Thủ tướng|Bộ trưởng|Chủ tịch|Tổng thống|Ngoại trưởng)$", re.I)


def sides_kind(said: str) -> str:
    """"hai Thủ tướng", "hai nhà lãnh đạo": people ("người"); "hai bên": any sides ("")."""
    return "người" if _LEADERS.search(said) else ""


def _party_of(index: EntityIndex, eid: str) -> str | None:
    """The party an organisation is or belongs to by name: "Đảng Cộng sản Việt Nam" itself,
    or it for "Đoàn đại biểu cấp cao Đảng Cộng sản Việt Nam" when the document names it."""
    e = index.entities.get(eid)
    if e is None or e.type != "ORGANIZATION":
        return None
    at = e.name.casefold().find("đảng")
    if at == 0:
        return eid
    if at < 0:
        return None
    party = e.name[at:].casefold()
    return next((o.id for o in index.entities.values() if o.type == "ORGANIZATION" and o.name.casefold() == party),
                None)


def visitors_of(index: EntityIndex, earlier: list[Candidate], pos: int) -> tuple[list[Ref], Candidate | None]:
    """"Đoàn", "Đoàn công tác": who led the last visit (and that visit)."""
    for c in reversed(earlier):
        if c.type == "VISIT":
            ids = [eid for eid, role in c.roles.items() if role == "actor" and index.type_of(eid) in PARTY_TYPES]
            if ids:
                return [Ref(pos, pos, eid, index.type_of(eid), via_title=True) for eid in ids], c
    return [], None


def list_end(text: str, clauses: list[tuple[int, int]], hits: list[TriggerHit], refs: list[Ref], end: int) -> int:
    """Where a ";"-separated list of people received ends: each further clause with no
    trigger of its own that is just a title and a name goes on the list."""
    for cs, ce in clauses:
        if cs < end:
            continue
        if any(cs <= h.start < ce for h in hits):
            break
        person = next((r for r in refs if cs <= r.start < ce and r.type == "PERSON"), None)
        if person is None or len(text[cs : person.start].split()) > 10:
            break
        end = ce
    return end


def last_person(index: EntityIndex, pos: int) -> list[Ref]:
    """"ông", "bà" standing alone: the person named last before ``pos``."""
    people = [r for r in index.between(max(0, pos - 1500), pos) if r.type == "PERSON" and not r.via_title]
    return [Ref(pos, pos, people[-1].entity, "PERSON", via_title=True)] if people else []


def plural_visitors(text: str, pre: list[Ref], pre_start: int, hit: TriggerHit) -> list[Ref]:
    """The countries of a plural group right before a visit verb ("các đối tác Hàn Quốc đến thăm")."""
    comma = text.rfind(",", pre_start, hit.start)
    if comma < 0 or not PLURAL.search(text, comma, hit.start):
        return []
    phrase = [r for r in pre if r.start > comma]
    if any(r.type in PARTY_TYPES for r in phrase):
        return []
    return [r for r in phrase if r.type == "LOCATION"]


def split_by_person(base: Candidate, actors: list[Ref], post: list[Ref], persons: list[Ref],
                     target_role: str) -> list[Candidate]:
    """"hội kiến A, B": one meeting with each person received."""
    out: list[Candidate] = []
    actor_ids = {r.entity for r in actors}
    prev_end = base.end
    for p in persons:
        c = Candidate(type=base.type, cameo=base.cameo, start=base.start, end=base.end,
                      evidence=base.evidence, date=base.date, date_precision=base.date_precision,
                      marker=base.marker, arity=base.arity, location=base.location, form=base.form,
                      until=base.until, unresolved=base.unresolved, anaphoric=base.anaphoric)
        for eid, role in base.roles.items():
            if eid in actor_ids:
                c.roles[eid] = role
        for r in post:
            if prev_end <= r.start <= p.start and r.type != "LOCATION":
                c.roles.setdefault(r.entity, target_role)
        c.roles.setdefault(p.entity, target_role)
        prev_end = p.end
        out.append(c)
    return out


def split_destinations(text: str, index: EntityIndex, base: Candidate, post: list[Ref],
                        timexes: list[Timex], plural: bool = False) -> list[Candidate]:
    """"thăm Lào (ngày 5/2) và Campuchia (6/2)": one visit to each country on its own date;
    ``plural`` ("các chuyến thăm tới Lào và Campuchia"): one to each, dated or not."""
    if plural:
        each: list[Candidate] = []
        for place in dict.fromkeys(c for c in (index.place_country(r.entity) for r in post)
                                     if c is not None and c in base.countries):
            c = Candidate(type=base.type, cameo=base.cameo, start=base.start, end=base.end, evidence=base.evidence,
                          marker=base.marker, form=base.form, date=base.date, date_precision=base.date_precision,
                          unresolved=base.unresolved, anaphoric=base.anaphoric)
            c.roles = {eid: role for eid, role in base.roles.items() if eid not in base.countries or eid == place}
            c.roles.update({r.entity: "target" for r in post if index.place_country(r.entity) == place})
            c.countries, c.location = {place}, place
            each.append(c)
        return each if len(each) > 1 else [base]
    own: list[tuple[str, Timex]] = []
    for r in post:
        country = index.place_country(r.entity)
        if country not in base.countries or any(c == country for c, _ in own):
            continue
        t = next((t for t in timexes if 0 <= t.start - r.end <= 15 and t.value
                  and re.fullmatch(r"\s*\(?\s*", text[r.end : t.start])), None)
        if t is not None:
            own.append((country, t))
    if len(own) < 2:
        return [base]
    out: list[Candidate] = []
    for country, t in own:
        c = Candidate(type=base.type, cameo=base.cameo, start=base.start, end=base.end,
                      evidence=base.evidence, marker=base.marker, form=base.form)
        c.roles = {eid: role for eid, role in base.roles.items() if eid not in base.countries or eid == country}
        c.countries = {country}
        c.location = country
        c.date, c.date_precision = event_date(t)
        out.append(c)
    return out


def split_clauses(text: str, sent: Sentence) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = sent.start
    for m in re.finditer(";", text[sent.start : sent.end]):
        out.append((start, sent.start + m.start()))
        start = sent.start + m.end()
    out.append((start, sent.end))
    return out


def clause_of(clauses: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for cs, ce in clauses:
        if cs <= pos < ce:
            return cs, ce
    return clauses[-1]


def outermost(refs: list[Ref]) -> list[Ref]:
    """Mentions not inside another ("Lào" in "Mặt trận Lào xây dựng đất nước"); ``refs``
    sorted by start, longest first."""
    out: list[Ref] = []
    reach = -1
    for r in refs:
        if r.end <= reach:
            continue
        out.append(r)
        reach = max(reach, r.end)
    return out


def roles_of(etype: str, cameo: str | None) -> tuple[str, str]:
    if etype == "AID":
        return "actor", "recipient"
    if cameo == "043":
        return "host", "target"
    if cameo == "044":
        return "co-chair", "target"
    return "actor", "target"


def inside_name(spans: list[tuple[int, int]], hit: TriggerHit) -> bool:
    """Whether a trigger lies within a name ("Ban Vận động Cứu trợ Trung ương")."""
    i = bisect.bisect_right(spans, (hit.start, 10**9)) - 1
    while i >= 0 and spans[i][0] > hit.start - 200:
        if spans[i][0] <= hit.start and hit.end <= spans[i][1]:
            return True
        i -= 1
    return False
