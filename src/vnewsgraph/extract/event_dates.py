"""Which time expression dates which event trigger, and the event date it gives.

A date attached to a report ("Bộ Ngoại giao ngày 14/7 cho biết", "thông cáo ngày
14/7", "Theo TTXVN ngày 14/7") dates only past happenings with no date of their
own; a sentence opened by a happening told before ("Sau hội đàm, …", "Trước lễ
đón, …", "Nhân dịp này, …", "Tại đây, …") goes on from it and takes its date; a
day whose year is unknown (no publication date) still tells happenings apart."""

from __future__ import annotations

import re

from vnewsgraph.extract.event_cues import AFTER_OPENER, PLANNED_WORDS
from vnewsgraph.extract.event_merge import Candidate
from vnewsgraph.extract.event_triggers import TriggerHit
from vnewsgraph.model import Sentence, Timex

# "Bộ Ngoại giao ngày 14/7 cho biết, tối 13/7, …": a date right before a verb of reporting
# dates the report, not the happening reported
REPORTED_ON = re.compile(
    r"\s*(?:\([^()]{1,12}\)\s*)?,?\s*(?:đã\s+|vừa\s+)?(?:cho biết|cho hay|thông báo|công bố|tuyên bố|thông tin|"
    r"khẳng định|xác nhận|loan báo|đưa tin|ra thông cáo|ra tuyên bố|phát đi thông cáo)(?!\w)", re.I)


# "Theo thông cáo của Bộ Ngoại giao ngày 14/7, …", "tại họp báo ngày 11/3": the date of a
# report, a press release or a briefing
REPORT_OF = re.compile(
    r"(?:^\s*theo\s[^,;]*|(?<!\w)(?:thông cáo(?:\s+báo\s+chí)?|thông báo|bản tin|họp báo|tuyên bố chung|công văn)"
    r"(?:\s+(?:thường kỳ|chung|của\s+[^,;]{1,40}?))?\s+)$", re.I)
_PLANNED = re.compile(rf"(?<!\w)(?:{PLANNED_WORDS})(?!\w)", re.I)


def event_date(t: Timex) -> tuple[str | None, str | None]:
    if t.value is None:
        return None, None
    if t.precision == "range":
        start = t.attrs.get("start")
        if start:
            return str(start), "day"
        first, _, last = t.value.partition("/")
        if first[:7] == last[:7] and len(first) >= 7:
            return first[:7], "month"  # "tuần tới" inside one month
        return None, None
    if t.precision in ("day", "month", "year"):
        return t.value, t.precision
    return None, None


def unresolved_day(t: Timex) -> str | None:
    """"MM-DD" of a day written without a year that could not be resolved (no publication
    date): it still tells one happening from another."""
    if t.value is None and t.attrs.get("kind") == "dm" and t.attrs.get("month") and t.attrs.get("day"):
        return f"{int(t.attrs['month']):02d}-{int(t.attrs['day']):02d}"
    return None


def attach_dates(text: str, sent: Sentence, timexes: list[Timex], hits: list[TriggerHit]) -> dict[int, Timex]:
    """Which time expression dates which trigger (by index in ``hits``).

    A time expression followed by a comma, or opening the sentence, is fronted
    and dates every later trigger of the sentence; any other dates the trigger
    right before it (within its clause), or failing that the next one.  A date
    followed by a verb of reporting ("ngày 14/7 cho biết") dates the report: a
    happening reported as past that has no date of its own takes it, a plan never.
    """
    own: dict[int, Timex] = {}
    fronted: list[Timex] = []
    reported: list[Timex] = []
    for t in timexes:
        if t.value is None and not t.attrs.get("anchor") and not unresolved_day(t):
            continue
        phrase = max(text.rfind(",", sent.start, t.start), text.rfind(";", sent.start, t.start), sent.start - 1) + 1
        if REPORTED_ON.match(text, t.end) or REPORT_OF.search(text[phrase : t.start]):
            reported.append(t)
            continue
        tail = text[t.end : min(sent.end, t.end + 12)]
        before = [i for i, h in enumerate(hits) if h.end <= t.start
                  and ";" not in text[h.end : t.start] and t.start - h.end < 120]
        opens_phrase = not before or bool(re.search(r"[,;:]", text[hits[before[-1]].end : t.start]))
        is_front = (opens_phrase and bool(re.match(r"\s*(?:\([^()]{1,12}\))?\s*,", tail))) \
            or t.start - sent.start <= 3
        if not is_front and before:
            i = before[-1]
            if t.precision == "year" and t.start - hits[i].end > 40:
                continue
            if i not in own or own[i].value is None:
                own[i] = t
        elif is_front:
            fronted.append(t)
        else:
            after = [i for i, h in enumerate(hits) if h.start >= t.end]
            if after and after[0] not in own and t.precision != "year":
                own[after[0]] = t
    for i, h in enumerate(hits):
        if i in own:
            continue
        governing = [t for t in fronted if t.end <= h.start]
        if governing:
            dated = [t for t in governing if t.value]
            own[i] = dated[-1] if dated else governing[-1]
            continue
        told = [t for t in reported if t.end <= h.start and t.value and not _PLANNED.search(text, t.end, h.end)]
        if told:
            own[i] = told[-1]  # "Bộ Ngoại giao ngày 11/3 thông báo X đã điện đàm với Y"
    return own


# "Sau kỳ họp, …", "Kết thúc phiên họp, …": a session named by a word that is no trigger
_AFTER_SESSION = re.compile(
    r"\s*(?:ngay\s+)?(?:sau khi kết thúc|sau|kết thúc|trước)\s+(?:(?:cuộc|buổi|phiên|kỳ)\s+)?"
    r"(?:họp|kỳ họp|phiên họp|hội nghị|làm việc|buổi làm việc)(?!\w)[^,.;]{0,40},", re.I)


# "Dịp này, …", "Nhân dịp này, …", "Tại sự kiện, …": on the occasion just told
# "Tại đây, …", "Ngay sau đó, …", "Tiếp đó, …": right where and when the last one was told
_THIS_OCCASION = re.compile(r"\s*(?:(?:nhân|cũng trong|trong|vào|cũng|cũng nhân)\s+)?(?:dịp|sự kiện)(?:\s+này)?\s*,"
                            r"|\s*(?:cũng\s+)?tại (?:sự kiện(?:\s+này)?|đây)\s*,|\s*(?:ngay sau đó|tiếp đó)\s*,", re.I)


def opened_by(text: str, sent: Sentence, hits: list[TriggerHit],
              earlier: list[Candidate]) -> tuple[Candidate, int] | None:
    """The meeting told before that a sentence opened by "Sau hội đàm, …", "Sau lễ đón, …",
    "Sau kỳ họp, …" goes on from (after "Nhân dịp này, …" the happening told last) (its undated happenings take that meeting's date): the
    last one of the same kind (a welcome ceremony, talks, …); and where the opener ends."""
    occasion = _THIS_OCCASION.match(text, sent.start, sent.end)
    if occasion is not None:  # "Nhân dịp này, …": the happening told last, whatever its kind
        last = [c for c in earlier if not c.anaphoric]
        return (last[-1], occasion.end()) if last else None
    told = [c for c in earlier if c.type == "MEETING" and not c.anaphoric]
    if not told:
        return None
    first = hits[0]
    if first.rule.type == "MEETING" and first.start - sent.start <= 30 and \
            AFTER_OPENER.fullmatch(text, sent.start, first.start) and \
            re.match(r"[^,.;]{0,40},", text[first.end : sent.end]):
        ceremony = "đón" in first.rule.phrase.lower().split()
        same = [c for c in told if c.ceremony == ceremony and (ceremony or c.cameo == first.rule.cameo)]
        return (same or told)[-1], first.end
    session = _AFTER_SESSION.match(text, sent.start, sent.end)
    if session is not None:
        return told[-1], session.end()
    return None
