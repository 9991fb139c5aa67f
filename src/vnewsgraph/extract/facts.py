"""Facts: the figures a document states, with kind, period, change and subjects.

Quantities come from ``nlp.numbers.find_quantities``.  Within each sentence a
figure right after a growth verb ("tăng 11,7%", "giảm gần 5%", "cao gấp 1,5
lần") becomes the ``change`` of the figure it follows in the same clause
("đạt 11,33 tỷ USD, tăng 11,7% so với 2024"; "giảm 0,2 điểm phần trăm xuống còn
2,2%"), or a fact of its own when there is none or a new subject stands
between them.  The figure's kind comes from the nearest cue before it in its
clause ("phấn đấu", "mục tiêu", "dự kiến"… from ``fact_cues.tsv``; a year
still to come makes it a target), its period from a period expression in its
clause or right after it (``nlp.periods``; none is guessed from other
sentences), its indicator from the words before the verb (or the counted
noun after it), its subjects from the countries named in the sentence ("hai
nước" -> the paragraph's or the document's two main countries) and the
organisations named in its clause.  A figure repeated in the headline, lead
and body is one fact.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import lru_cache

from vnewsgraph.extract.fact_indicators import STRIP as _STRIP
from vnewsgraph.extract.fact_indicators import (
    bracketed_after,
    is_earned,
    is_share,
    money_share,
    ratio_of,
    split_pair,
)
from vnewsgraph.extract.fact_indicators import indicator as _indicator
from vnewsgraph.model import Change, Document, Fact, Quantity, Sentence, Span
from vnewsgraph.nlp.lexicon import key as _name_key
from vnewsgraph.nlp.lexicon import lexicon
from vnewsgraph.nlp.numbers import cue_pattern, cue_value, detect_style, find_quantities, lexicons
from vnewsgraph.nlp.periods import PeriodMention, comparison_reference, find_periods, shift_years

_CHUNK_SEP = re.compile(r"[;:\[\]]|(?<!\d),|,(?!\d)")  # not the decimal comma of "8,34"
_UP_TO = re.compile(r"\s+(?:tới|đến)\s*$", re.IGNORECASE)
_IN_BEFORE = re.compile(r"(?<!\w)(?:trong|của)\s+$", re.IGNORECASE)
_NOW = re.compile(r"(?<!\w)(?<!thực )(?<!xuất )(?<!thể )(?<!phát )(?<!biểu )(?<!tái )hiện"
                  r"(?!\s+(?:đại|tượng|trường|thực|hành|vật|diện|hữu|thân)(?!\w))(?!\w)", re.IGNORECASE)
_SOURCE_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:cho biết|thông tin|thông báo|báo cáo|công bố|dự báo|ước tính|"
                           r"nhận định|đánh giá|cho hay|khẳng định)", re.IGNORECASE)
_SOURCE_BEFORE = re.compile(r"(?<!\w)(?:theo|của)\s+$", re.IGNORECASE)
_CLAUSE_SEP = re.compile(r"[;:]")
# What may stand before the organisation a clause opens with ("Trong đó, Tập đoàn X đóng góp …").
_CLAUSE_OPENER = re.compile(r"[\s,]*(?:(?:trong đó|riêng|ngoài ra|đồng thời|theo đó|bên cạnh đó)[\s,]+)?"
                            r"(?:(?:tập đoàn|công ty|ngân hàng|tổng công ty)\s+)?", re.IGNORECASE)
_DETAIL = re.compile(r"\s*(?:trong đó|riêng|cụ thể|bao gồm|gồm|trong số này)(?!\w)", re.IGNORECASE)
_BY_YEAR = re.compile(r"(?<!\w)(?:đến|tới|vào)\s+năm\s+(?:19|20)\d\d", re.IGNORECASE)
_MODAL = re.compile(r"(?<!\w)(?:nhất trí|thống nhất|đề nghị|cần|phải|sẽ|để|nhằm|quyết tâm|mong muốn|"
                    r"hướng tới|tiếp tục|cam kết|đồng ý|kêu gọi|yêu cầu)(?!\w)", re.IGNORECASE)
_TARGET_MOVE = re.compile(
    r"(?<!\w)(đã\s+)?(?:sớm\s+)?(?:đưa|nâng)\s[^;:.]{0,90}?\s(?:đạt|lên|lên mức|tới|đến)"
    r"(?:\s+(?:mức|khoảng|gần|hơn|trên))?\s*$",
    re.IGNORECASE,
)
_ABOUT_AMOUNT = re.compile(r"\s*về\s+(lượng|khối lượng|sản lượng|số lượng|giá trị|kim ngạch|trị giá)", re.IGNORECASE)
_PAIR_WORDS = re.compile(r"(?<!\w)(?:hai|2)\s+(?:nước|bên|quốc gia|nền kinh tế)|song phương|hai chiều|giữa hai",
                         re.IGNORECASE)
_PERIOD_GAP = re.compile(r"^[\s,]*(?:trong|vào|của|cả|trong cả|tính riêng|riêng|tính đến|đến|tới|hết)?"
                         r"(?:\s+(?:cả|hết))?\s*$", re.IGNORECASE)
_MULTIPLE_BEFORE = re.compile(r"(?<!\w)((?:cao|lớn|nhiều|tăng)?\s*gấp)\s*$", re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*(?:về\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*)?(?:,|và|,\s*và|còn)\s*(?:(?:gần|hơn|khoảng|trên)\s+)?")
_TO_LEVEL = re.compile(r"\s*,?\s*(?:xuống còn|xuống mức|xuống|lên mức|lên|còn)\s+(?:(?:gần|hơn|khoảng|trên)\s+)?",
                       re.IGNORECASE)


@lru_cache(maxsize=1)
def _kind_re() -> re.Pattern[str]:
    cues = [c for c, _ in lexicons().cues.get("kind", [])]
    return re.compile(r"(?<![\w])(" + "|".join(re.escape(c) for c in cues) + r")(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _kind_after_re() -> re.Pattern[str]:
    cues = [c for c, _ in lexicons().cues.get("kind_after", [])]
    return re.compile(r"\s*(" + "|".join(re.escape(c) for c in cues) + r")(?!\w)", re.IGNORECASE)


class FactExtractor:
    """Pipeline component: ``doc.quantities`` and ``doc.facts``."""

    name = "facts"
    version = "1"
    requires = ("sentences", "tokens", "timexes", "entities")
    assigns = ("quantities", "facts")

    def __call__(self, doc: Document) -> Document:
        doc.quantities = find_quantities(doc.text, detect_style(doc.text))
        doc.facts = extract_facts(doc)
        return doc


def extract_facts(doc: Document) -> list[Fact]:
    text = doc.text
    sentences = doc.sentences or [Sentence(0, len(text))]
    places = _country_mentions(doc)
    orgs = _organisations(doc)
    names = sorted((m.start, m.end) for ent in doc.entities if ent.type in ("LOCATION", "ORGANIZATION", "PERSON")
                   for m in ent.mentions)
    top = [c for c, _ in Counter(code for _, code, party in places if party).most_common()]
    facts: list[Fact] = []
    previous: tuple[str | None, str] | None = None
    qi = 0
    qs = doc.quantities
    for sent in sentences:
        while qi < len(qs) and qs[qi].start < sent.start:
            qi += 1
        here: list[Quantity] = []
        while qi < len(qs) and qs[qi].start < sent.end:
            here.append(qs[qi])
            qi += 1
        if here:
            # "Trong đó, xuất khẩu đạt …": a sentence detailing the previous one shares its period.
            carried = previous if previous and _DETAIL.match(text, sent.start) else None
            found = _sentence_facts(doc, sent, here, places, top, orgs, carried, names)
            facts.extend(found)
            previous = (found[0].period, found[0].kind) if found else None
    return merge_repeats(facts)


def merge_repeats(facts: list[Fact]) -> list[Fact]:
    """One fact per figure: a figure repeated (headline, lead, body, caption)
    is merged into its first mention, which takes the period, qualifier and
    change the other mentions add.  Figures with different periods stay apart."""
    out: list[Fact] = []
    by_key: dict[tuple[float, str, str], list[Fact]] = {}
    for fact in facts:
        key = (round(fact.value, 6), fact.unit, fact.kind)
        same = next((f for f in by_key.get(key, []) if not (f.period and fact.period and f.period != fact.period)
                     and _same_context(f, fact)), None)
        if same is None:
            by_key.setdefault(key, []).append(fact)
            out.append(fact)
            continue
        same.period = same.period or fact.period
        if same.qualifier == "exact":
            same.qualifier = fact.qualifier
        same.change = same.change or fact.change
        for subject in fact.subjects:
            if subject not in same.subjects:
                same.subjects.append(subject)
    for fact in out:
        fact.attrs.pop("context", None)
    return out


def _same_context(a: Fact, b: Fact) -> bool:
    """Do two mentions of one value speak of the same thing?  Most of the
    words around the shorter one recur around the other."""
    if a.evidence == b.evidence:
        return False  # two figures of one sentence ("xuất khẩu tăng 10%, nhập khẩu tăng 10%")
    wa, wb = _context_of(a), _context_of(b)
    if not isinstance(wa, frozenset) or not isinstance(wb, frozenset) or not wa or not wb:
        return True
    share = 0.3 if a.evidence.start == 0 or b.evidence.start == 0 else 0.4  # a headline is terse
    return len(wa & wb) >= share * min(len(wa), len(wb))


def _context_of(fact: Fact) -> frozenset[str] | None:
    """The words around a fact's figure, computed when first needed (only
    figures that repeat a value are compared)."""
    ctx = fact.attrs.get("context")
    if isinstance(ctx, tuple):
        ctx = _context_words(*ctx)
        fact.attrs["context"] = ctx
    return ctx if isinstance(ctx, frozenset) else None


def _context_words(text: str, sent: Sentence, q: Quantity) -> frozenset[str]:
    window = text[max(sent.start, q.start - 160) : min(sent.end, q.end + 160)]
    return frozenset(w.lower() for w in _WORDS.findall(window)) - _FILLER_WORDS - _UNIT_WORDS


def _sentence_facts(doc: Document, sent: Sentence, qs: list[Quantity], places: list[tuple[int, str, bool]],
                    top: list[str], orgs: list[tuple[int, int, str]],
                    carried: tuple[str | None, str] | None = None,
                    names: list[tuple[int, int]] | None = None) -> list[Fact]:
    text = doc.text
    names = names or []
    starts: list[int] = []  # each fact's chunk start, for the list pass
    ref = doc.reference_date
    periods = [p for p in find_periods(text, ref, sent.start, sent.end) if p.value]
    direction_end = cue_pattern("direction", "end")
    qualifier_end = cue_pattern("qualifier", "end")
    facts: list[Fact] = []
    base_of: dict[int, int] = {}  # index of a change quantity -> index of its base
    directions: dict[int, str] = {}
    for i, q in enumerate(qs):
        prefix = text[sent.start : q.start]
        qm = qualifier_end.search(prefix)
        core = prefix[: qm.start()] if qm and cue_value("qualifier", qm.group(1)) != "exact" else prefix
        core = _UP_TO.sub("", core)  # "tăng tới 54%"
        dm = direction_end.search(core) or (_MULTIPLE_BEFORE.search(core) if q.unit == "times" else None)
        cue_start = sent.start + dm.start() if dm else q.start
        if dm:
            directions[i] = cue_value("direction", dm.group(1)) or "up"
        elif i - 1 in directions and _LIST_GAP.fullmatch(text, qs[i - 1].end, q.start) \
                and qs[i - 1].attrs.get("cls") == q.attrs.get("cls"):
            directions[i] = directions[i - 1]  # "tăng 10,3% về lượng và 15,2% về giá trị"
            cue_start = q.start
        else:
            continue
        level = _TO_LEVEL.match(text, q.end)
        if level and i + 1 < len(qs) and qs[i + 1].start == level.end() and i - 1 not in base_of.values():
            base_of[i] = i + 1  # "giảm 0,2 điểm phần trăm xuống còn 2,2%"
            continue
        base = _find_base(text, qs, i, cue_start, base_of)
        if base is not None:
            base_of[i] = base
    inherited: str | None = carried[0] if carried else None
    inherited_kind = carried[1] if carried else "actual"
    floor = sent.start
    for i, q in enumerate(qs):
        if i in base_of:
            floor = q.end
            continue
        chunk_start = _chunk_start(text, sent.start, q.start)
        clause_start = _clause_start(text, sent.start, q.start)
        kind, stated = _kind(text, clause_start, q, [o for o in qs[:i] if o.start >= clause_start])
        if clause_start > floor or _NOW.search(text, chunk_start, q.start):
            inherited = None  # a new clause, or a figure of the present ("hiện có …")
        chunk_end_m = _CHUNK_SEP.search(text, q.end, sent.end)
        chunk_end = chunk_end_m.start() if chunk_end_m else sent.end
        period, carries = _period(text, qs, i, periods, (chunk_start, chunk_end))
        if not stated and period and _is_future(period, ref, text, clause_start, q.start):
            kind = "target"  # "Đến năm 2030, tỷ lệ đô thị hóa đạt trên 50%"
        if period is None and inherited and kind == inherited_kind:
            period = inherited  # figures listed in one clause share the period stated before them
        elif period is not None:
            inherited, inherited_kind = (period if carries else None), kind
        own_start = max(chunk_start, floor)  # after the figure before it in the chunk
        indicator = _indicator(text, own_start, q, periods, names)
        floor = q.end
        change: Change | None = None
        for j, b in base_of.items():
            if b == i and change is None:
                cq = qs[j]
                reference = _reference(text, qs, j, i, directions, period, ref)
                if j < i:
                    indicator = _indicator(text, _chunk_start(text, sent.start, cq.start), cq, periods, names) or indicator
                change = Change(cq.value, cq.unit or "%", directions.get(j), cq.qualifier, reference)
        about = _subjects(text, sent, places, top, (chunk_start, chunk_end), q.start)
        own = [o for o in orgs if clause_start <= o[0] and o[1] <= q.start and not _in_brackets(text, o[0], q.start)
               and not _SOURCE_AFTER.match(text, o[1]) and not _SOURCE_BEFORE.search(text, max(0, o[0] - 8), o[0])]
        near = [o for o in own if o[0] >= own_start or _CLAUSE_OPENER.fullmatch(text, clause_start, o[0])]
        for _, _, eid in near or own:  # the figure's own organisations and the clause's actor, else the clause's
            if eid not in about:
                about.append(eid)
        fact = Fact(q.value, q.unit or "", q.qualifier, kind, indicator, about, period,
                    Span(sent.start, sent.end), change)
        if i in directions:
            fact.attrs["direction"] = directions[i]
            reference, _ = comparison_reference(text, q.end, period, ref)
            if reference:
                fact.attrs["reference"] = reference
        if "high" in q.attrs:
            fact.attrs["high"] = q.attrs["high"]
        fact.attrs["context"] = (text, sent, q)  # see _context_of
        fact.attrs["q"] = q
        fact.attrs["cls"] = q.attrs.get("cls")
        starts.append(chunk_start)
        facts.append(fact)
    _list_indicators(text, facts, starts)
    for fact in facts:
        fact.attrs.pop("q", None)
        fact.attrs.pop("cls", None)
    return facts


def _list_indicators(text: str, facts: list[Fact], starts: list[int]) -> None:
    """Figures of a list share the measure named before the first ("thị phần
    lần lượt là 11,4% và 10,7%"); two measures joined by "và" are dealt out
    ("tổng khối lượng và giá trị … đạt 7 triệu tấn và 3,55 tỷ USD"); a share
    ("chiếm 25,2%") is the share of the figure before it."""
    for k in range(1, len(facts)):
        prev, fact = facts[k - 1], facts[k]
        pq, q = prev.attrs["q"], fact.attrs["q"]
        if not isinstance(pq, Quantity) or not isinstance(q, Quantity):
            continue
        of = ratio_of(text, starts[k], q)
        if of and prev.indicator and prev.unit not in ("%", "pp"):
            fact.indicator = f"{prev.indicator} so với {of}"  # "đạt 1,75 triệu tỷ đồng, bằng 89,2% dự toán"
            continue
        if is_share(text, starts[k], q):
            money = money_share(text, q)
            base = next((f.indicator for f in reversed(facts[:k]) if f.unit not in ("%", "pp") and f.indicator
                         and (not money or f.attrs.get("cls") == "currency")), None)
            if base:
                fact.indicator = f"tỷ trọng {base}"
            continue
        if is_earned(fact.indicator) and prev.indicator:
            fact.indicator = f"giá trị {prev.indicator}"  # "xuất khẩu 600 nghìn tấn gạo, đem về 288,4 triệu USD"
            continue
        if fact.indicator in ("đóng góp", "tỷ trọng") and prev.indicator and {prev.unit, fact.unit} <= {"%", "pp"}:
            fact.indicator = f"{fact.indicator} của {prev.indicator}"  # "khu vực dịch vụ tăng 8,56%, đóng góp 48,55%"
            continue
        if fact.indicator is None and prev.indicator and (prev.unit == fact.unit or bracketed_after(text, pq, q)):
            fact.indicator = prev.indicator  # "chỉ sau quý III/2022 (14,38%)"
            continue
        if not _LIST_GAP.fullmatch(text, pq.end, q.start) or not prev.indicator:
            continue
        pair = split_pair(prev.indicator)
        if pair and pq.attrs.get("cls") != q.attrs.get("cls"):
            prev.indicator, fact.indicator = pair
        elif pq.attrs.get("cls") == q.attrs.get("cls") and pq.unit == q.unit:
            fact.indicator = prev.indicator


def _in_brackets(text: str, pos: int, end: int) -> bool:
    """Is ``pos`` inside brackets closed before ``end`` ("(Paris, 6–16/7)")?"""
    opened = text.rfind("(", 0, pos)
    return opened >= 0 and text.find(")", opened) > pos and text.find(")", opened) < end


def _reference(text: str, qs: list[Quantity], j: int, base: int, directions: dict[int, str],
               period: str | None, ref: dt.date | None) -> str | None:
    """What the change ``qs[j]`` is measured against; a list of changes
    ("tăng 10,3% về lượng và 15,2% về giá trị so với …") shares the last one's."""
    k = j
    if qs[j].unit == "times":  # "gấp 1,5 lần năm 2024"
        for p in find_periods(text, ref, qs[j].end, min(len(text), qs[j].end + 30)):
            if p.value and _PERIOD_GAP.match(text[qs[j].end : p.start]):
                return p.value
    while True:
        reference, _ = comparison_reference(text, qs[k].end, period, ref)
        if reference is not None:
            return reference
        if k + 1 < len(qs) and k + 1 in directions:
            k += 1
            continue
        if j < base:
            reference, _ = comparison_reference(text, qs[base].end, period, ref)
            return reference
        return None


def _find_base(text: str, qs: list[Quantity], i: int, cue_start: int, base_of: dict[int, int]) -> int | None:
    """The figure a change at ``qs[i]`` qualifies: an earlier figure in the
    sentence, its clause not closed by ";" or a new verb of its own."""
    about = _ABOUT_AMOUNT.match(text, qs[i].end)
    want: set[str] | None = None
    if about:
        want = {"measure", "count"} if about.group(1).lower() in ("lượng", "khối lượng", "sản lượng", "số lượng") \
            else {"currency"}
    for j in range(i - 1, -1, -1):
        if j in base_of:
            continue
        gap = text[qs[j].end : cue_start]
        if len(gap) > 80 or _CLAUSE_SEP.search(gap) or re.search(r"\.\s", gap):
            return None
        if qs[j].attrs.get("cls") in ("percent", "pp") and qs[i].attrs.get("cls") in ("percent", "pp"):
            if re.search(r"\b(?:đạt|là|chiếm)\b", gap):
                return None
        # A new subject between them ("xuất khẩu đạt 5 tỷ USD, nhập khẩu tăng 3%")
        # means the rate is not about that figure.
        inner = [(q.start, q.end) for q in qs[j + 1 : i]]
        last_chunk = max(qs[j].end, max((m.end() for m in _COMMA.finditer(text, qs[j].end, cue_start)), default=0))
        if _content_words(text, last_chunk, cue_start, inner) > (4 if want else 1):
            return None
        if want is None or qs[j].attrs.get("cls") in want:
            return j
    return None


_FILLER_WORDS = frozenset(
    "trong năm tháng quý đầu cuối nay qua vừa và đồng thời so với cùng kỳ tương ứng mức con số kỷ lục đã chỉ "
    "tính riêng cả hết này đó theo trước ngoái ước đạt là lần lượt tức".split()
)
_WORDS = re.compile(r"[^\W\d_]+")
_UNIT_WORDS = frozenset("tỷ tỉ triệu nghìn ngàn usd đồng vnd tấn người lượt".split())
_COMMA = re.compile(r"[,(]")


def _content_words(text: str, start: int, end: int, skip: list[tuple[int, int]]) -> int:
    count = 0
    for m in _WORDS.finditer(text, start, end):
        if any(a <= m.start() < b for a, b in skip):
            continue
        if m.group(0).lower() not in _FILLER_WORDS:
            count += 1
    return count


def _chunk_start(text: str, floor: int, pos: int) -> int:
    """Where the comma-separated chunk of ``pos`` starts (commas inside
    brackets, and those of a compound list such as "nông, lâm, thủy sản" or
    "chế biến, chế tạo", do not count)."""
    start = floor
    brackets = "(" in text[floor:pos]
    for m in _CHUNK_SEP.finditer(text, floor, pos):
        if brackets and text.count("(", floor, m.start()) > text.count(")", floor, m.start()):
            continue
        if not (m.group(0) == "," and _COMPOUND_HEAD.search(text, max(floor, m.start() - 12), m.start())):
            start = m.end()
    return start


_COMPOUND_HEAD = re.compile(r"(?<!\w)(?:nông|lâm|ngư|diêm|chế biến)$", re.IGNORECASE)


def _clause_start(text: str, floor: int, pos: int) -> int:
    """Where the clause of ``pos`` starts: after the last ";" or ":" — unless
    the next clause only details this one ("; trong đó xuất khẩu …")."""
    start = floor
    for m in _CLAUSE_SEP.finditer(text, floor, pos):
        if _DETAIL.match(text, m.end()) or text.count("(", floor, m.start()) > text.count(")", floor, m.start()):
            continue  # "; trong đó …" details this clause; "(bao gồm: …)" is inside brackets
        if m.group(0) == ":" and len(text[start : m.start()].split()) <= 6:
            continue  # a heading-like label: "Năm 2025: xuất khẩu đạt …"
        start = m.end()
    return start


def _kind(text: str, clause_start: int, q: Quantity, earlier: list[Quantity]) -> tuple[str, bool]:
    """The figure's kind and whether a cue word stated it."""
    window = text[clause_start : q.start]
    kind = "actual"
    last = -1
    for m in _kind_re().finditer(window):
        if m.start() >= last:
            kind = cue_value("kind", m.group(1)) or "actual"
            last = m.start()
    for m in _NOW.finditer(window):  # ", hiện GDP bình quân đầu người đạt …"
        if m.start() >= last:
            kind, last = "actual", m.start()
    move = _TARGET_MOVE.search(window)
    if move and move.start() >= last:
        # "nhất trí đưa kim ngạch lên 5 tỷ USD" is a target; "đạt 1 tỷ USD, đưa tổng
        # kim ngạch lên 9,5 tỷ USD" reports where a figure brought the total.
        modal = _MODAL.search(window, 0, move.start() + 1)
        prior = any(p.end <= clause_start + move.start() for p in earlier)
        if move.group(1) or (prior and not modal):
            kind = "actual"
        else:
            kind = "target"
        last = move.start()
    if kind == "actual" and last < 0:
        after = text[q.end : q.end + 60]
        cue = _kind_after_re().match(after)
        if cue:
            return cue_value("kind_after", cue.group(1)) or "actual", True
    return kind, last >= 0


def _is_future(period: str, ref: dt.date | None, text: str, start: int, end: int) -> bool:
    """A figure for a year still to come, or introduced by "đến năm …"."""
    try:
        year = int(period[:4])
    except ValueError:
        return False
    if ref is not None:
        return year > ref.year
    return bool(_BY_YEAR.search(text, start, end))


def _right_after(text: str, q: Quantity, p: PeriodMention) -> bool:
    return q.end <= p.start <= q.end + 30 and _PERIOD_GAP.match(text[q.end : p.start]) is not None


def _period(text: str, qs: list[Quantity], i: int, periods: list[PeriodMention],
            chunk: tuple[int, int]) -> tuple[str | None, bool]:
    """The period of the figure ``qs[i]`` as its sentence states it, and
    whether it was stated before the figure (and so carries over to the next
    figures of the clause).  Right after the figure ("đạt 11,33 tỷ USD trong
    năm 2025") wins; then the nearest before it in the sentence ("Năm 2025, …",
    "Trong 9 tháng đầu năm, …; …"); then one later in its chunk introduced by
    "trong" ("87 quốc gia … trong 10 tháng qua").  Comparison references ("so
    với năm 2024") and another figure's own trailing period are not it."""
    q = qs[i]
    if q.unit != "times":
        for p in periods:
            if not p.is_reference and _right_after(text, q, p):
                return p.value, False
    if _NOW.search(text, chunk[0], q.start):
        return None, False  # "hiện có 16.000 lưu học sinh": the present, not a period
    best: str | None = None
    for p in periods:
        if p.end > q.start:
            break
        if p.is_reference or any(_right_after(text, other, p) for other in qs[:i]):
            continue  # "1.500 tỷ đồng giai đoạn 2026-2030 và 100 tấn gạo": that figure's own period
        best = p.value
    same = _OWN_SAME_PERIOD.match(text, q.end)
    if same:  # "tăng 9,44% của cùng kỳ năm 2022": the stated period, in that year
        year = int(same.group(1))
        return (shift_years(best, year - int(best[:4])) if best and best[:4].isdigit() else str(year)), False
    if best is not None:
        return best, True
    if q.unit != "times":
        opens = not _STRIP_WORDS.sub("", text[chunk[0] : q.start]).strip(_STRIP)
        later = [o.start for o in qs[i + 1 :]]
        for p in periods:
            if not (q.end <= p.start < chunk[1]) or p.is_reference or any(s < p.start for s in later):
                continue
            # "… trong 10 tháng qua"; or a figure opening its clause: "26 di sản được công nhận năm 2025"
            if _IN_BEFORE.search(text, max(0, p.start - 8), p.start) or opens:
                return p.value, False
    return None, False


_OWN_SAME_PERIOD = re.compile(r"\s*,?\s*(?:của|trong)\s+cùng\s+kỳ\s+(?:năm\s+)?((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
_STRIP_WORDS = re.compile(r"(?<!\w)(?:hơn|gần|khoảng|trên|dưới|có|với|và|tổng cộng|xấp xỉ|chừng|ước|đã|)(?!\w)",
                          re.IGNORECASE)


def _country_mentions(doc: Document) -> list[tuple[int, str, bool]]:
    """(start, subject, party) of every place mention: the ISO code for a
    country, the entity id for a province, city or region ("Hà Nội ủng hộ 100
    tỷ đồng" is about Hà Nội, not about Việt Nam); and of international
    bodies such as the EU or ASEAN, which can be one side of "hai chiều"
    trade.  ``party``: a country or such a body."""
    lex = lexicon()
    out: list[tuple[int, str, bool]] = []
    for ent in doc.entities:
        if ent.type == "LOCATION" and ent.country:
            info = lex.countries.get(_name_key(ent.name))
            party = info is not None and info.code == ent.country
            subject = ent.country if party else ent.id
        elif ent.type == "ORGANIZATION" and not ent.country:
            org = lex.organizations.get(_name_key(ent.name))
            if org is None or org.kind != "international":
                continue
            subject, party = ent.id, True
        else:
            continue
        for m in ent.mentions:
            out.append((m.start, subject, party))
    out.sort()
    return out


def _subjects(text: str, sent: Sentence, places: list[tuple[int, str, bool]], top: list[str],
              chunk: tuple[int, int] | None = None, at: int | None = None) -> list[str]:
    """Places named in the figure's comma-separated chunk, else in its
    sentence (not inside brackets the figure is outside of: "(Paris, 6–16/7)");
    for "hai nước", "song phương", "hai chiều"… completed with the countries
    (or bodies such as the EU) of the paragraph, then of the one before it,
    then of the whole document."""
    codes: list[str] = []
    if chunk is not None:
        codes = _codes_in(text, places, chunk[0], chunk[1], at)
    if not codes:
        codes = _codes_in(text, places, sent.start, sent.end, at)
    parties = set(top)
    if sum(c in parties for c in codes) < 2 and _PAIR_WORDS.search(text, sent.start, sent.end):
        para_start = text.rfind("\n", 0, sent.start) + 1
        before_start = text.rfind("\n", 0, max(0, para_start - 1)) + 1 if para_start else 0
        here = Counter(code for pos, code, party in places if party and para_start <= pos < sent.start)
        before = Counter(code for pos, code, party in places if party and before_start <= pos < para_start)
        ranked = [c for c, _ in here.most_common()] + [c for c, _ in before.most_common()] + top
        for code in ranked:
            if sum(c in parties for c in codes) >= 2:
                break
            if code not in codes:
                codes.append(code)
    return codes


def _codes_in(text: str, places: list[tuple[int, str, bool]], start: int, end: int, at: int | None) -> list[str]:
    codes: list[str] = []
    for pos, code, _ in places:
        if start <= pos < end and code not in codes:
            if at is not None and (_in_brackets(text, pos, at) if pos < at else _in_brackets(text, at, pos)):
                continue
            codes.append(code)
    return codes


def _organisations(doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, entity id) of every organisation mention, in text order."""
    out = [(m.start, m.end, ent.id) for ent in doc.entities if ent.type == "ORGANIZATION" for m in ent.mentions]
    out.sort()
    return out
