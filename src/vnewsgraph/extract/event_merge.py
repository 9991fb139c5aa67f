"""One event per real happening: candidate mentions merged, then dated and given a status.

A mention joins an earlier event of the same type when nothing tells them
apart (dates that agree, the same number of parties, no different visited
country, no planned/past clash) and their participants overlap enough (one
set inside the other, or half of them shared).  A bare back-reference ("tại
cuộc gặp", "chuyến thăm lần này") joins the event of its type mentioned last;
participants it only borrowed from another mention ("hai bên", the sentence's
subject) are not added, and its roles do not override those of the mentions
that state the happening.
A welcome ceremony and the talks that follow it stay apart.
Undated events take the document's anchor date (the publication date, or
without one the date of the lead happening); the status is judged from the
date against the publication date, then from the wording.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from vnewsgraph.model import Event, Participant, Span

TALKS = frozenset({"046", "041"})  # CAMEO: talks, phone talks
ROLE_RANK = {"actor": 0, "host": 1, "co-chair": 2, "target": 3, "recipient": 4, "party": 5}


@dataclass
class Candidate:
    """One mention of a happening in one sentence."""

    type: str
    cameo: str | None
    start: int  # trigger span
    end: int
    evidence: Span
    roles: dict[str, str] = field(default_factory=dict)  # entity id -> role
    date: str | None = None  # explicit date from the text
    unresolved: str | None = None  # "MM-DD" of a day whose year is unknown (no publication date)
    date_precision: str | None = None
    until: str | None = None  # last day, for a happening over several days
    marker: str | None = None  # planned | occurred | ongoing from the wording
    arity: int | None = None
    countries: set[str] = field(default_factory=set)  # visited countries (VISIT)
    location: str | None = None
    anaphoric: bool = False
    restates: bool = False  # "Cuộc gặp diễn ra ngày …": gives the date of one told before
    frames: bool = False  # "trong chuyến thăm": the visit the sentence's happenings belong to
    frame: Candidate | None = None
    form: str = "verb"
    ceremony: bool = False  # a welcome ("chủ trì Lễ đón", "đón … tại sân bay"): not the talks that follow it
    names: Candidate | None = None  # a parenthesised name for this earlier mention
    companions: set[str] = field(default_factory=set)  # people listed as going along ("Cùng dự có …")
    # participants resolved from another mention ("hai bên", a bare "cuộc gặp" taking the
    # sentence's subject): they identify the happening but add no one new to it
    borrowed: set[str] = field(default_factory=set)

    @property
    def parties(self) -> set[str]:
        return set(self.roles)

    def counterparts(self, persons_orgs: set[str]) -> set[str]:
        """The people and bodies on the receiving side (targets, recipients)."""
        return {eid for eid, role in self.roles.items() if role in ("target", "recipient") and eid in persons_orgs}


@dataclass
class MergedEvent:
    mentions: list[Candidate]
    last_seen: int

    @property
    def head(self) -> Candidate:
        specific = [m for m in self.mentions if not m.anaphoric]
        return specific[0] if specific else self.mentions[0]

    @property
    def type(self) -> str:
        return self.mentions[0].type

    @property
    def parties(self) -> set[str]:
        out: set[str] = set()
        for m in self.mentions:
            out |= m.parties
        return out

    @property
    def dates(self) -> list[str]:
        return [m.date for m in self.mentions if m.date]

    @property
    def arity(self) -> int | None:
        return next((m.arity for m in self.mentions if m.arity), None)

    @property
    def countries(self) -> set[str]:
        out: set[str] = set()
        for m in self.mentions:
            out |= m.countries
        return out


def _dates_agree(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _date_side(value: str | None, ref: str | None) -> int:
    """-1 before the reference date, 1 after it, 0 same day/month/year or unknown
    (compared at the coarser of the two precisions)."""
    if not value or not ref:
        return 0
    n = min(len(value), len(ref))
    if value[:n] < ref[:n]:
        return -1
    if value[:n] > ref[:n]:
        return 1
    return 0


def _compatible(c: Candidate, e: MergedEvent, ref: str | None, persons_orgs: set[str]) -> bool:
    if c.type != e.type:
        return False
    if c.restates:
        return True
    if c.date and any(not _dates_agree(c.date, d) for d in e.dates):
        return False
    if c.unresolved and any(m.unresolved and m.unresolved != c.unresolved for m in e.mentions):
        return False  # "chiều 28/7" and "sáng 29/7" with no year known: still two days
    if c.arity and e.arity and c.arity != e.arity:
        return False
    if c.type == "VISIT" and c.countries and e.countries and not (c.countries & e.countries):
        return False
    if not c.anaphoric and _ceremony_and_talks(c, e):
        return False
    # A plan does not merge with a happening dated in the past.
    sides = {_date_side(m.date, ref) for m in e.mentions} | {_date_side(c.date, ref)}
    markers = {m.marker for m in e.mentions} | {c.marker}
    if -1 in sides and ("planned" in markers or 1 in sides):
        return False
    if "planned" in markers and "occurred" in markers:
        return False
    # given by different donors: different donations
    if c.type == "AID" and not c.anaphoric:
        givers = {eid for m in e.mentions for eid, role in m.roles.items() if role == "actor"}
        ours_givers = {eid for eid, role in c.roles.items() if role == "actor"}
        if givers and ours_givers and not givers & ours_givers:
            return False
    # received or visited by different people or bodies: different happenings
    ours, theirs = c.counterparts(persons_orgs), set().union(*(m.counterparts(persons_orgs) for m in e.mentions))
    if ours and theirs and not ours & theirs and not c.anaphoric:
        return False
    return True


def _ceremony_and_talks(c: Candidate, e: MergedEvent) -> bool:
    """"Chủ trì Lễ đón … Sau lễ đón, hai Thủ tướng hội đàm": the welcome ceremony and the
    talks after it are two meetings."""
    stated = [m for m in e.mentions if not m.anaphoric]
    if c.ceremony:
        return any(m.cameo in TALKS and not m.ceremony for m in stated)
    if c.cameo in TALKS:
        return bool(stated) and all(m.ceremony for m in stated)
    return False


def _overlap_ok(a: set[str], b: set[str], persons: set[str]) -> bool:
    """Enough shared participants: judged on the people when both name people."""
    pa, pb = a & persons, b & persons
    if pa and pb:
        a, b = pa, pb
    shared = a & b
    if not shared:
        return False
    return a <= b or b <= a or len(shared) * 2 >= len(a | b)


def merge_candidates(cands: list[Candidate], ref: str | None, persons: set[str] | None = None,
                     organizations: set[str] | None = None) -> list[MergedEvent]:
    persons = persons or set()
    persons_orgs = persons | (organizations or set())
    events: list[MergedEvent] = []
    for n, c in enumerate(cands):
        if c.frame is not None and c.date is None:
            holder = next((e for e in events if any(m is c.frame for m in e.mentions)), None)
            dates = sorted(holder.dates, key=len, reverse=True) if holder else []
            if dates:
                c.date = dates[0]
                c.date_precision = {10: "day", 7: "month"}.get(len(dates[0]), "year")
        target: MergedEvent | None = None
        if c.names is not None:  # "… Cuộc gặp với X (Cuộc gặp hai Đảng)": a name for the one just told
            target = next((e for e in events if any(m is c.names for m in e.mentions)), None)
        if target is not None:
            pass
        elif c.anaphoric:
            same = [e for e in events if _compatible(c, e, ref, persons_orgs)]
            if same:
                target = same[0]  # the lead happening of that type
        else:
            for e in events:
                if not _compatible(c, e, ref, persons_orgs):
                    continue
                shared_named = c.parties & e.parties & persons_orgs
                if _overlap_ok(c.parties, e.parties, persons) or (c.arity and c.arity == e.arity) or (
                        c.type in ("AGREEMENT", "AID") and len(shared_named) >= 2):
                    target = e
                    break
        if target is None:
            if c.parties and c.form != "ref":  # a back-reference alone starts nothing
                events.append(MergedEvent([c], n))
        else:
            known = target.parties
            for eid in c.borrowed - known:
                c.roles.pop(eid, None)
            target.mentions.append(c)
            target.last_seen = n
    return events


def anchor_date(doc_published: dt.date | None, reference: dt.date | None, cands: list[Candidate]) -> str | None:
    """The date an undated happening of the day's news takes."""
    if doc_published:
        return doc_published.isoformat()
    if reference:
        return reference.isoformat()[:7]  # a month-only date header
    for c in cands:
        if c.date and c.date_precision == "day":
            return c.date
    return None


def finalize(events: list[MergedEvent], ref: str | None, anchor: str | None, ongoing: bool = False,
             delegations: frozenset[str] = frozenset(), persons: frozenset[str] = frozenset()) -> list[Event]:
    """Events with their date (explicit, else ``anchor``) and status judged against ``ref``.

    ``ongoing=False`` reports a happening under way ("đang thăm") as occurred, as the
    gold annotation does (it knows only occurred and planned).  A delegation
    (``delegations``) is not listed beside a person of ``persons`` on its side."""
    out: list[Event] = []
    # without a publication date, the lead happening's date says nothing of what is still
    # to come: the wording alone judges the status
    ref_day = ref
    for e in events:
        restated = [m.date for m in e.mentions if m.restates and m.date]
        dates = restated[:1] or sorted(e.dates, key=len, reverse=True)
        date = dates[0] if dates else anchor
        side = _date_side(dates[0], ref_day) if dates else 0
        until = next((m.until for m in e.mentions if m.until), None)
        if dates and until and ref_day and len(ref_day) == 10 and dates[0] <= ref_day <= until:
            status = "ongoing"  # published while it runs
        elif side > 0:
            status = "planned"
        elif side < 0:
            status = "occurred"
        else:
            markers = [m.marker for m in e.mentions if m.marker]
            status = e.head.marker or (markers[0] if markers else "occurred")
        if status == "ongoing" and not ongoing:
            status = "occurred"
        if not dates and status == "planned":
            date = None  # a plan the text does not date is not the day's news
        roles: dict[str, str] = {}
        for m in e.mentions:  # the mentions that state the happening give the roles
            if m.anaphoric:
                continue
            for eid, role in m.roles.items():
                if eid not in roles or ROLE_RANK.get(role, 9) < ROLE_RANK.get(roles[eid], 9):
                    roles[eid] = role
        for m in e.mentions:  # a back-reference only adds whom it names itself
            for eid, role in m.roles.items():
                roles.setdefault(eid, role)
        for eid in delegations & set(roles):
            if any(p in roles and roles[p] == roles[eid] for p in persons):
                del roles[eid]  # "Tổng Bí thư … cùng Đoàn đại biểu …": the head stands for his delegation
        head = e.head
        location = next((m.location for m in e.mentions if m.location), None)
        cameo = head.cameo
        out.append(
            Event(
                type=e.type,
                cameo=cameo,
                participants=[Participant(eid, role) for eid, role in roles.items()],
                date=date,
                location=location,
                status=status,
                evidence=head.evidence,
                attrs={"mentions": [Span(m.start, m.end) for m in e.mentions]},
            )
        )
    return out
