"""Events: visits, meetings, agreements and aid, dated, placed and CAMEO-coded.

Sentence by sentence, trigger phrases (``nlp/resources/event_triggers.tsv``)
become candidate mentions.  Each takes its participants from its own clause: the
subject before a verb (before a noun only through a light verb: "X thực hiện
chuyến thăm", "X tại cuộc gặp"), the objects after it (a noun's only in its own
phrase: "chuyến thăm tới Lào", "cuộc gặp với …", "… của X"), the inviter of
"theo lời mời của …" as host, "giữa A và B" as the sides, and the people of a
delegation list ("Cùng đi với … có …", :mod:`event_delegation`).  Not
participants: a speaker who only talks about the happening ("X cho biết chuyến
thăm …"), bodies and places in a person's title ("Chủ tịch Quốc hội Y", "Đại
sứ A tại B Z"), the place after "tại", a summit after "bên lề"/"khi dự".
A plural or counted noun after a light verb ("có các cuộc điện đàm với A, và
B", "hai cuộc gặp", "lần lượt có cuộc gặp") is one happening per counterpart
(per country for visits).
Its date comes from the time expression that governs it (a fronted
"Sáng nay (6/2), …" covers the whole sentence; "… hồi tháng 7/2024" the
trigger before it; a report's date, "Bộ Ngoại giao ngày 14/7 cho biết", only
what has no date of its own; "Sau hội đàm, …", "Nhân dịp này, …" the date of
the happening referred to: :mod:`event_dates`), its status from the wording ("sẽ", "đã", "đang",
"lên đường") and its place from "tại …" or the visited country.  The
candidates are then merged into one event per happening
(:mod:`vnewsgraph.extract.event_merge`).

STATEMENT and OTHER triggers are in the resource but off by default: the
contract's gold counts visits, meetings, agreements and aid.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from vnewsgraph.extract.event_cues import (
    AMOUNT_RE,
    AND,
    ARITY,
    AT,
    BETWEEN_WORD,
    BOTH_SIDES,
    CONTINUES,
    COORD_END,
    CREDIT,
    DELEGATION,
    DELEGATION_NAME,
    DONATED_BY,
    FRAME,
    FRONT_BREAK,
    FRONTED_PLACE,
    HAPPENED_ON,
    INVITE,
    OF,
    PAST_AFTER,
    PRONOUN,
    SCENE,
    SIDES_AFTER,
    SOURCE,
    SPEAKER_ACTS,
    SUBCLAUSE,
    SUPPORT,
    THIS_ONE,
    TO_PLACE,
    VISIT_MODIFIERS,
    WITH,
    arity,
    plausible,
    status_marker,
)
from vnewsgraph.extract.event_dates import attach_dates, event_date, opened_by, unresolved_day
from vnewsgraph.extract.event_delegation import add_companions, companion_cues
from vnewsgraph.extract.event_merge import Candidate, anchor_date, finalize, merge_candidates
from vnewsgraph.extract.event_parties import (
    caption_list,
    clause_of,
    drop_title_modifiers,
    inside_name,
    last_person,
    list_end,
    outermost,
    phrase_end,
    plural_list_end,
    plural_visitors,
    roles_of,
    sides_kind,
    sides_of,
    split_by_person,
    split_clauses,
    split_destinations,
    subject_after_front,
    title_bodies,
    visitors_of,
)
from vnewsgraph.extract.event_roles import PARTY_TYPES, EntityIndex, Ref
from vnewsgraph.extract.event_triggers import TriggerHit, find_triggers
from vnewsgraph.model import Document, Sentence, Span, Timex

DEFAULT_TYPES = frozenset({"VISIT", "MEETING", "AGREEMENT", "AID"})
_SCORED = frozenset({"PERSON", "ORGANIZATION", "LOCATION"})
TALKS = frozenset({"046", "041"})  # CAMEO: talks, phone talks


class EventExtractor:
    """Pipeline component: ``doc.events``."""

    name = "events"
    version = "1"
    requires = ("sentences", "tokens", "timexes", "entities")
    assigns = ("events",)

    def __init__(self, types: Iterable[str] = DEFAULT_TYPES, ongoing: bool = False) -> None:
        """``types``: the event types to extract; ``ongoing``: report happenings under way
        on the publication day as "ongoing" (else "occurred", as the gold does)."""
        self.types = frozenset(types)
        self.ongoing = ongoing

    def __call__(self, doc: Document) -> Document:
        index = EntityIndex(doc)
        cands: list[Candidate] = []
        named = sorted((r.start, r.end) for r in index.refs if r.type in _SCORED and not r.via_title)
        # a nominal trigger inside a name is part of it ("Ban Vận động Cứu trợ Trung ương");
        # a verb is not, whatever span a name was given
        all_hits = [h for h in find_triggers(doc.text) if h.rule.type in self.types
                    and not (h.rule.form in ("noun", "ref", "gift") and inside_name(named, h))]
        k = 0
        cues = companion_cues(doc.text)  # "Cùng đi với … có …": delegation lists
        for sent in doc.sentences:
            while k < len(all_hits) and all_hits[k].start < sent.start:
                k += 1
            hits: list[TriggerHit] = []
            while k < len(all_hits) and all_hits[k].end <= sent.end:
                hits.append(all_hits[k])
                k += 1
            if hits and cues and cues[0].start() < sent.end:
                # "Cùng dự hội đàm có …": the talks told before, not new ones with these people
                hits = [h for h in hits if not any(m.start() <= h.start < m.end() for m in cues) or not any(
                    c.type == h.rule.type for c in cands)]
            if hits:
                cands.extend(self._sentence(doc, index, sent, hits, cands))
            if cues and cands and cues[0].start() < sent.end:
                add_companions(doc.text, index, sent, cues, cands)
                cues = [m for m in cues if m.start() >= sent.end]
        ref = _reference_text(doc)
        merged = merge_candidates(cands, ref, {e.id for e in doc.entities if e.type == "PERSON"},
                                  {e.id for e in doc.entities if e.type == "ORGANIZATION"})
        delegations = frozenset(e.id for e in doc.entities if e.type == "ORGANIZATION" and DELEGATION_NAME.match(e.name))
        doc.events = finalize(merged, ref, anchor_date(doc.published, doc.reference_date, cands), self.ongoing,
                              delegations, frozenset(e.id for e in doc.entities if e.type == "PERSON"))
        return doc

    # ---------------------------------------------------------------- one sentence
    def _sentence(self, doc: Document, index: EntityIndex, sent: Sentence,
                  hits: list[TriggerHit], earlier: list[Candidate]) -> list[Candidate]:
        text = doc.text
        credit = CREDIT.search(text, sent.start, sent.end)
        sent_end = credit.start() if credit else sent.end
        refs = drop_title_modifiers(text, outermost([r for r in index.between(sent.start, sent_end)
                                                      if r.type in _SCORED]))
        hosts: list[Ref] = []
        spans: list[tuple[int, int]] = []
        for m in INVITE.finditer(text, sent.start, sent.end):
            stop = text.find(",", m.end(), sent.end)
            stop = sent.end if stop < 0 else stop
            hosts += [r for r in refs if m.end() <= r.start < stop and r.type in PARTY_TYPES]
            spans.append((m.start(), stop))
        refs = [r for r in refs if not any(a <= r.start < b for a, b in spans)]
        in_titles = title_bodies(text, refs)
        diplomatic = [r for r in refs if r not in in_titles]
        hits = [h for i, h in enumerate(hits) if plausible(text, index, refs, hits[:i], h)]
        if not hits:
            return []
        clauses = split_clauses(text, sent)
        sent_timexes = [t for t in doc.timexes if sent.start <= t.start < sent.end]
        dates = attach_dates(text, sent, sent_timexes, hits)
        out: list[Candidate] = []
        prev_actors: list[Ref] = []
        prev_marker: str | None = None
        all_refs = refs
        for i, hit in enumerate(hits):
            nominal = hit.rule.form in ("noun", "ref")
            refs = diplomatic if hit.rule.type in ("MEETING", "VISIT") else all_refs
            cs, ce = clause_of(clauses, hit.start)
            prev_end = max([h.end for h in hits[:i] if h.start >= cs] or [cs])
            fronts = [m for m in FRONT_BREAK.finditer(text, prev_end, hit.start)]
            pre_start = fronts[-1].end() if fronts else prev_end
            # "Thứ trưởng … cho biết chuyến thăm …": the speaker only talks about the happening
            said = bool(fronts) and fronts[-1].group(0)[0].isalpha()
            # "… cho biết trong chuyến thăm lần này, …": the speaker's own visit
            own = nominal and bool(FRAME.search(text, max(pre_start, hit.start - 25), hit.start)
                                   and THIS_ONE.match(text, hit.end))
            reported = said and nominal and not own
            if said and (own or not nominal and hit.rule.form != "gift"
                         and SPEAKER_ACTS.match(text, pre_start, hit.start)) and not any(
                    pre_start <= r.start < hit.start and (r.type in PARTY_TYPES or index.is_country(r.entity))
                    for r in refs):
                pre_start = prev_end  # "Thủ tướng khẳng định sẽ thăm …": the speaker acts
            nxt = [h.start for h in hits[i + 1 :] if h.start < ce]
            post_end = nxt[0] if nxt else ce
            if not nxt and hit.rule.type == "MEETING" and hit.rule.form == "verb":
                post_end = list_end(text, clauses, hits, refs, ce)  # "gặp A; B; C."
            pre = [r for r in refs if pre_start <= r.start and r.end <= hit.start]
            if hit.rule.form in ("noun", "ref", "act"):
                limit = post_end
                post_end = phrase_end(text, refs, hit.end, post_end, hit.rule.form in ("noun", "ref"))
                if hit.plural and post_end > hit.end:
                    post_end = plural_list_end(text, refs, post_end, limit)
            source = SOURCE.search(text, hit.end, post_end)
            if source:
                post_end = source.start()  # "…, theo thông báo của Bộ Ngoại giao"
            if hit.rule.type in ("MEETING", "AGREEMENT"):
                # "gặp A khi dự Hội nghị APEC", "… bên lề Hội nghị …": the object ends where a
                # clause of time or purpose begins
                sub = SUBCLAUSE.search(text, hit.end, post_end)
                if sub:
                    post_end = sub.start()
            post = [r for r in refs if hit.end <= r.start and r.end <= post_end]
            actors = [r for r in pre if r.type in PARTY_TYPES]
            if nominal and hit.rule.type == "MEETING" and actors and cs > sent.start \
                    and re.fullmatch(r"\s*(?:tại|trong)\s+", text[actors[-1].end : hit.start], re.I):
                actors = caption_list(text, clauses, hits, refs, cs) + actors  # "A; B; C tại Cuộc gặp"
            own_phrase = max(pre_start, text.rfind(",", pre_start, hit.start) + 1)
            sides_here = list(BOTH_SIDES.finditer(text, own_phrase, hit.start))
            both_sides = bool(sides_here) and SUPPORT.match(text, sides_here[-1].end(), hit.start) is not None \
                and not any(r.start >= own_phrase for r in actors)
            if both_sides:
                actors = []  # "Nhân dịp chuyến thăm của X, hai bên đã ký …": the sides sign
            if nominal and actors and not own and not SUPPORT.match(text, actors[-1].end, hit.start):
                # "X thực hiện chuyến thăm", "X tại cuộc gặp": a noun's subject comes through a
                # light verb; names followed by other words ("… của X về … Cuộc gặp") are not it
                actors = []
            delegation_visit: Candidate | None = None
            inherited = False
            borrowed: set[str] = set()  # taken from another mention, not grounded in this one
            present: set[str] = set()  # "Tại cuộc gặp, A và B …": at the meeting, on whichever side
            if prev_end > cs and prev_actors and COORD_END.search(text, prev_end, hit.start):
                actors = []  # "… thăm Campuchia, đồng chủ trì …", "… và cuộc gặp …": same subject
            if hit.rule.form == "move":
                persons = [r for r in pre if r.type == "PERSON" and hit.start - r.end < 80
                           and not re.search(r"[,;:]", text[r.end : hit.start])]
                actors = persons[-1:]
                if not actors and i > 0 and CONTINUES.search(text, hits[i - 1].end, hit.start):
                    actors = list(prev_actors)  # "… đến Nhật Bản, trước khi sang Hàn Quốc"
                    inherited = bool(actors)  # and the plan goes on too
            elif hit.rule.type == "VISIT" and hit.rule.form == "verb" and plural_visitors(text, pre, pre_start, hit):
                # "… chào mừng các đối tác Hàn Quốc đến thăm": the visitors are in the
                # phrase right before the verb, not the subject of the sentence
                actors = plural_visitors(text, pre, pre_start, hit)
            elif actors:
                first_person = next((k for k, r in enumerate(actors) if r.type == "PERSON"), 0)
                if first_person and actors[first_person - 1] in in_titles:
                    first_person -= 1  # "Tổng Giám đốc Vietjet Đinh Việt Phương … ký": the company signs
                actors = actors[first_person:]
            elif reported:
                pass  # no subject of its own, and the speaker's is not one
            else:
                if both_sides:
                    actors = sides_of(index, [*earlier, *out], hit.start, sides_kind(sides_here[-1].group(0)))
                    borrowed = {r.entity for r in actors}
                if actors:
                    pass
                elif len(text[pre_start:hit.start].split()) < 3 or prev_end > cs and (
                        not nominal or (COORD_END.search(text, prev_end, hit.start) and (
                            len(text[prev_end:hit.start].split()) <= 5 or i > 0 and hits[i - 1].rule.type ==
                            hit.rule.type and hits[i - 1].rule.form != "verb"))):  # "chủ trì Cuộc gặp A và Cuộc gặp B"
                    actors = list(prev_actors)  # "…; hội kiến …": the sentence's subject goes on
                    inherited = bool(actors)
                    if nominal:  # "… và cuộc gặp …" shares the subject; a bare noun only refers back
                        borrowed = {r.entity for r in actors}
                sides = SIDES_AFTER.match(text, hit.end) if nominal and not actors else None
                if sides:  # "Cuộc gặp hai Đảng": those two parties
                    actors = sides_of(index, [*earlier, *out], hit.start, sides.group(1).lower())
                said_sides = BOTH_SIDES.search(text, pre_start, hit.start) if not actors else None
                if said_sides:  # "Hai bên đã ký …"
                    actors = sides_of(index, [*earlier, *out], hit.start, sides_kind(said_sides.group(0)))
                    borrowed = {r.entity for r in actors}
                if not actors and PRONOUN.search(text, pre_start, hit.start + 1):
                    actors = last_person(index, hit.start)  # "Lần gần nhất ông thăm Việt Nam …"
                if not actors and DELEGATION.match(text, pre_start):
                    actors, delegation_visit = visitors_of(index, [*earlier, *out], hit.start)  # "Đoàn đã …"
                if not actors and hit.rule.form == "act":
                    actors = [r for r in pre if r.type == "LOCATION"]  # "Việt Nam và Campuchia ký …"
                if not actors and hit.rule.form == "gift":
                    actors = [r for r in pre if r.type == "LOCATION"][-1:]  # "Nhật Bản viện trợ …", "Hà Nội ủng hộ …"
            received_by: list[Ref] = []
            by = DONATED_BY.search(text, max(pre_start, hit.start - 160), hit.start) \
                if hit.rule.form == "gift" else None
            if by:  # "A tiếp nhận N do B ủng hộ": B gives, A receives
                givers = [r for r in pre if r.start >= by.end("by") and r.type in PARTY_TYPES | {"LOCATION"}]
                if givers:
                    actors = givers
                    received_by = [r for r in pre if r.end <= by.start() and r.type in PARTY_TYPES]
            if actors:
                prev_actors = actors
            if hit.rule.form in ("noun", "ref"):
                of = OF.search(text, hit.end, min(post_end, hit.end + 30))
                if of and WITH.match(text[hit.end : of.start()]):
                    of = None  # "buổi tiếp … với đoàn … của Hàn Quốc": the guests' side, not the host
                owners = [r for r in post if of and r.start >= of.end() and r.type in PARTY_TYPES]
                if owners:
                    # "chuyến thăm Việt Nam của Chủ tịch Hội đồng châu Âu (EU) António Costa": the
                    # owner, and the bodies of his title before his name, are the visiting side
                    person = next((k for k, r in enumerate(owners) if r.type == "PERSON"), 0)
                    actors = owners[: person + 1] if person else owners[:1]
                    borrowed = set()
            if not actors and hit.rule.form in ("noun", "ref") and not reported:
                # "Kết thúc chương trình thăm …, Tổng Bí thư Tô Lâm …": the subject comes after
                # the fronted phrase's comma
                actors = subject_after_front(text, refs, sent, hit)
                present = {r.entity for r in actors} if hit.rule.type == "MEETING" else set()
            if not actors and hit.rule.form in ("verb", "act", "gift") and len(text[sent.start:hit.start].split()) <= 3:
                # "Vui mừng chào đón Đại sứ …, Thủ tướng …": a fronted phrase, the subject after its comma
                comma = text.find(",", hit.end, sent.end)
                actors = [r for r in refs if comma >= 0 and r.start > comma and r.type == "PERSON"][:1]
            # the status words of the trigger's own comma phrase; a coordinated
            # trigger ("… lên đường thăm …, đồng chủ trì …") shares the previous one's
            phrase_start = max(text.rfind(",", sent.start, hit.start), text.rfind(";", sent.start, hit.start))
            phrase_marker = status_marker(text, max(phrase_start, sent.start), hit.start)
            if phrase_marker is None and i > 0 and (inherited or COORD_END.search(text, hits[i - 1].end, hit.start)):
                phrase_marker = prev_marker
            if phrase_marker is None and reported and hit.rule.type == "VISIT" and i not in dates \
                    and not PAST_AFTER.search(text, hit.end, sent.end):
                phrase_marker = "planned"  # "Bộ Ngoại giao cho biết chuyến thăm Việt Nam của X …": announced
            prev_marker = hit.rule.status or phrase_marker
            cands = self._candidates(text, index, sent, hit, actors, post, dates.get(i))
            if len(cands) == 1 and cands[0].type == "VISIT" and len(cands[0].countries) > 1:
                cands = split_destinations(text, index, cands[0], post, sent_timexes, hit.plural)
            if borrowed:
                borrowed |= {h for h in (index.home_country(e) for e in borrowed) if h}
            chaired = inherited and i > 0 and hits[i - 1].rule.cameo == "044"  # "đồng chủ trì A và B"
            named = next((c for c in reversed(out) if c.type == hit.rule.type), None) \
                if nominal and text[max(sent.start, hit.start - 2) : hit.start].strip() == "(" else None
            for c in cands:
                for r in received_by:
                    c.roles.setdefault(r.entity, "recipient")
                c.names = named  # "(Cuộc gặp hai Đảng)" names the meeting just told
                c.borrowed = borrowed & set(c.roles)
                for r in actors if chaired else ():
                    c.roles[r.entity] = "co-chair"
                for eid in present & set(c.roles):
                    c.roles[eid] = "party"
                c.marker = hit.rule.status or phrase_marker
                c.ceremony = "đón" in hit.rule.phrase.lower().split()  # "chủ trì lễ đón", "đón", "đón tiếp"
                if delegation_visit is not None and c.date is None:
                    c.frame = delegation_visit  # what the delegation does on its visit
                if c.anaphoric and c.type == "VISIT" and FRAME.search(text, max(sent.start, hit.start - 20), hit.start):
                    c.frames = True
            out.extend(cands)
        refs = all_refs
        # "Trong chuyến thăm, … hội đàm …", "… ký kết … trong chuyến thăm này": the
        # other happenings of the sentence belong to that visit (and take its date)
        # "Tại Quảng Bình, Thủ tướng …": a fronted place is where the sentence's happenings are
        fronted = FRONTED_PLACE.match(text, sent.start)
        if fronted:
            place = next((r for r in refs if r.type == "LOCATION" and fronted.end() <= r.start < fronted.end() + 3
                          and text.find(",", r.end, r.end + 2) >= 0), None)
            for c in out:
                if place is not None and c.location is None:
                    c.location = place.entity
        # "Tại Lễ phát động, … vận động ủng hộ …": acts of the same kind in a sentence
        # opened by a back-reference are that happening again
        opener = next((c for c in out if c.anaphoric and c.form in ("noun", "ref")
                       and SCENE.search(text, max(sent.start, c.start - 20), c.start)), None)
        if opener is not None:
            for c in out:
                if c is not opener and c.type == opener.type and c.form in ("act", "gift") and not c.date:
                    c.anaphoric = True
        went_on = opened_by(text, sent, hits, earlier)
        if went_on is not None:
            for c in out:
                if c.date is None and c.start >= went_on[1] and c.frame is None:
                    c.frame = went_on[0]  # "Sau hội đàm, hai Thủ tướng chứng kiến lễ ký …"
        frame = next((c for c in out if c.frames), None)
        if frame is not None:
            for c in out:
                if c is not frame and c.date is None:
                    c.frame = frame
            out.sort(key=lambda c: not c.frames)
        if out and hosts:
            # the inviter hosts the happening the invitation is for: not one already over
            invited = next((c for c in out if c.marker != "occurred"), out[0])
            for r in hosts:
                invited.roles.setdefault(r.entity, "host")
        return out

    def _candidates(self, text: str, index: EntityIndex, sent: Sentence, hit: TriggerHit,
                    actors: list[Ref], post: list[Ref], timex: Timex | None) -> list[Candidate]:
        rule = hit.rule
        parties_after = [r for r in post if r.type in PARTY_TYPES]
        places_after = [r for r in post if r.type == "LOCATION"]
        if rule.form in ("verb", "move") and not actors:
            return []
        if rule.form == "gift" and not actors and not (post and AMOUNT_RE.search(text, hit.end, hit.end + 160)):
            return []  # "các tổ chức đã ủng hộ … qua Ban Vận động … 907 tỷ đồng": named receivers suffice
        if rule.form == "verb":
            if rule.type == "MEETING" and not parties_after:
                return []
            if rule.type == "AGREEMENT" and not post:
                return []
        if rule.form == "move":
            if not places_after:
                return []
            post = places_after[:1]
        if rule.form == "act" and not actors and not post:
            # a complete act with only places before it: countries as parties
            return []
        base = Candidate(type=rule.type, cameo=rule.cameo, start=hit.start, end=hit.end,
                         evidence=Span(sent.start, sent.end), form=rule.form)
        if timex is not None:
            base.date, base.date_precision = event_date(timex)
            base.unresolved = unresolved_day(timex)
            if timex.precision == "range" and timex.attrs.get("end"):
                base.until = str(timex.attrs["end"])
            if timex.attrs.get("anchor") == "before":
                base.marker = "occurred"
        actor_role, target_role = roles_of(rule.type, rule.cameo)
        for r in actors:
            base.roles.setdefault(r.entity, actor_role)
        location: str | None = None
        visited: set[str] = set()
        prev_place_end = hit.end
        for r in post:
            if r.type == "LOCATION" and rule.type == "VISIT":
                gap = text[prev_place_end : r.start]
                if TO_PLACE.search(text[hit.end : r.start]) or VISIT_MODIFIERS.match(gap) or (
                        visited and AND.match(gap)):
                    visited.add(r.entity)
                    prev_place_end = r.end
        place_end = -1
        for r in post:
            if r.type == "LOCATION" and rule.type == "VISIT" and r.entity not in visited:
                continue
            if rule.type != "VISIT" and (r.end <= place_end or AT.search(text[max(0, r.start - 6) : r.start])):
                # "ký kết … tại Bộ Ngoại giao Anh", "trao tặng … tại Hà Nội": where, not who
                if r.type == "LOCATION" and location is None:
                    location = r.entity
                place_end = max(place_end, r.end)
                continue
            if r.type == "LOCATION":
                if AT.search(text[max(0, r.start - 6) : r.start]) and location is None:
                    location = r.entity
                if rule.type == "VISIT":
                    country = index.place_country(r.entity)
                    if country:
                        base.countries.add(country)
                        base.roles.setdefault(country, "target")
                    if location is None and not index.is_country(r.entity):
                        location = r.entity
                    base.roles.setdefault(r.entity, "target")
                    continue
                if rule.type in ("MEETING",) and location == r.entity:
                    continue
            # "cuộc gặp giữa Đảng A và Đảng B": the two sides, not someone received
            sides = rule.type != "VISIT" and (BETWEEN_WORD.search(text, hit.end, r.start)
                                              or ARITY.search(text, hit.end, r.start))  # "ba Đảng A - B - C"
            base.roles.setdefault(r.entity, "party" if sides else target_role)
        if rule.type == "VISIT":
            for r in actors:
                home = index.home_country(r.entity)
                if home and home not in base.countries:
                    base.roles.setdefault(home, actor_role)
            if location is None and len(base.countries) == 1:
                location = next(iter(base.countries))
        if rule.type == "VISIT" and rule.form == "verb" and not visited and not parties_after:
            return []
        if rule.type == "MEETING" and rule.cameo in TALKS:
            # talks ("hội đàm", "điện đàm") are held between states: each side's country takes part
            for r in [*actors, *parties_after]:
                home = index.home_country(r.entity) if r.type == "PERSON" else None
                if home:
                    base.roles.setdefault(home, base.roles.get(r.entity, target_role))
        base.location = location
        if rule.type == "MEETING":
            base.arity = arity(text, sent, hit, post)
        base.anaphoric = rule.form == "ref" or rule.form == "noun" and not base.date and not base.unresolved and not base.arity and not (
            rule.type == "VISIT" and base.countries) and not (
            rule.type != "VISIT" and WITH.match(text[hit.end : hit.end + 25]))
        if rule.form == "noun" and base.date and HAPPENED_ON.match(text, hit.end):
            # "Cuộc điện đàm diễn ra ngày 25-10": the date of a happening told before
            base.restates = base.anaphoric = True
        if rule.type == "MEETING" and (rule.form == "verb" or hit.plural):
            # "hội kiến A, B", "có các cuộc điện đàm với A và B": one meeting with each
            persons = [r for r in parties_after if r.type == "PERSON"]
            if len(persons) > 1:
                split = split_by_person(base, actors, post, persons, target_role)
                if rule.cameo in TALKS:  # each talks keep the states of their own two sides
                    for c, p in zip(split, persons, strict=True):
                        for r in (*actors, p):
                            home = index.home_country(r.entity) if r.type == "PERSON" else None
                            if home:
                                c.roles.setdefault(home, base.roles.get(home, target_role))
                return split
        return [base]


# -------------------------------------------------------------------- helpers
def _reference_text(doc: Document) -> str | None:
    if doc.published:
        return doc.published.isoformat()
    if doc.article.date_hint:
        return doc.article.date_hint
    return None
