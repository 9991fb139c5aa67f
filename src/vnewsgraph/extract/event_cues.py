"""Wording cues for events in Vietnamese news: status markers ("sẽ", "đã", "đang"),
invitations, amounts that make a gift, awards and loans that do not, how many
sides meet, where a clause's subject starts, and the like."""

from __future__ import annotations

import re

from vnewsgraph.extract.event_roles import PARTY_TYPES, EntityIndex, Ref
from vnewsgraph.extract.event_triggers import TriggerHit
from vnewsgraph.model import Sentence

PLANNED_WORDS = r"sẽ|dự kiến|dự định|chuẩn bị|sắp|lên đường|theo kế hoạch|có kế hoạch|tới đây"
OCCURRED_WORDS = r"đã|vừa|kết thúc|hồi|từng|trước đó"
MARKER = re.compile(rf"(?<!\w)(?:(?P<planned>{PLANNED_WORDS})|(?P<occurred>{OCCURRED_WORDS})|(?P<ongoing>đang))(?!\w)", re.I)
# words after a reported happening that put it in the past ("chuyến thăm … vừa qua", "đã đạt")
PAST_AFTER = re.compile(r"(?<!\w)(?:đã|vừa|vừa qua|hồi|trước đó|kết thúc|thành công)(?!\w)", re.I)
INVITE = re.compile(r"(?<!\w)(?:theo|nhận|nhận lời|đáp lời)?\s*lời mời của(?!\w)", re.I)
ARITY_WORDS = {"hai": 2, "2": 2, "ba": 3, "3": 3, "bốn": 4, "4": 4}
ARITY = re.compile(r"(?<!\w)(hai|2|ba|3|bốn|4)\s+(?:đảng|nước|bên|người đứng đầu)(?!\w)", re.I)
AMOUNT = (r"(?:\d[\d.,]*|(?<!\w)(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|hàng|nhiều))\s*(?:tỷ|triệu|nghìn|ngàn|trăm)?\s*(?:USD|đô|đồng|VND|VNĐ|euro|EUR|yên|nhân dân tệ|"
           r"suất|phần|tấn|kg|chiếc|bộ|căn|thùng|bao|gói|túi|lít|con|cây|máy|xe|tàu|liều|viên|hộp|thẻ|"
           r"ngôi|người|gia đình|hộ)(?!\w)")
AMOUNT_RE = re.compile(AMOUNT, re.I)
CONTINUES = re.compile(r"(?<!\w)(?:trước khi|sau khi|rồi|và|để|tiếp đó|sau đó)\s*$", re.I)
FRONTED_PLACE = re.compile(r"\s*(?:[^\W\d_]+\s+\d{1,2}[/-]\d{1,2}\s*,\s*)?(?:tại|ở)\s+", re.I)
PRONOUN = re.compile(r"(?<!\w)(?:ông|bà|ngài)\s+(?=[a-zđà-ỹ])")
SCENE = re.compile(r"(?<!\w)(?:tại|trong|trong khuôn khổ|nhân dịp|bên lề)\s+$", re.I)
OF = re.compile(r"(?<!\w)của(?!\w)", re.I)
HAPPENED_ON = re.compile(r"\s*(?:đã\s+)?(?:diễn ra|được tổ chức|tổ chức|bắt đầu|kết thúc)(?!\w)", re.I)
# "tiếp nhận 20 tỷ đồng do Tập đoàn X ủng hộ": an amount received, then its giver after "do"
DONATED_BY = re.compile(AMOUNT + r"(?:\s+[^\s.;:,]+){0,3}?\s+do(?P<by>)\s+[^.;:,]{1,60}?$", re.I)
LOAN = re.compile(r"(?<!\w)(?:vay|tín dụng|lãi suất|thuế|bảo lãnh)(?!\w)", re.I)
GRATITUDE = re.compile(r"(?<!\w)(?:cảm ơn|cám ơn|biết ơn|tri ân|ghi nhận)(?!\w)", re.I)
GIFT = re.compile(
    AMOUNT + r"|(?<!\w)(?:quà|suất quà|phần quà|tiền|nhu yếu phẩm|lương thực|thực phẩm|gạo|mì|thuốc|vật tư|"
    r"trang thiết bị|thiết bị|hàng hóa|hàng cứu trợ|học bổng|nhà tình nghĩa|nhà đại đoàn kết|xe|áo phao|"
    r"chăn|màn|nước sạch|vắc xin|vaccine)(?!\w)",
    re.I,
)
AWARD = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:huân chương|huy chương|danh hiệu|bằng khen|giải thưởng|giải|kỷ niệm chương|"
    r"cờ thi đua|giấy khen|huy hiệu|lưu niệm|kỷ niệm|bức tranh|biểu trưng)(?!\w)",
    re.I,
)
DOC_NOUN = re.compile(r"(?:hiệp định|thỏa thuận|thoả thuận|văn kiện|điều ước|bản ghi nhớ|hợp đồng|văn bản)"
                       r"[^.;]{0,40}?(?:đã|được)\s*$", re.I)
WITH = re.compile(r"^\s*(?:\S+\s+){0,3}?(?:với|giữa)(?!\w)", re.I)
AT = re.compile(r"(?:tại|ở)\s*$", re.I)
PLACE_HEAD = re.compile(r"^\s*(?:(?:thủ đô|thành phố|tỉnh|Thủ đô|Thành phố|Tỉnh|TP\.?)\s+)?$")
# Where a clause's own subject starts: after a colon or quote, or after a verb of
# saying ("Đại sứ cho biết Thủ tướng Nhật Bản sẽ thăm …": the prime minister visits).
FRONT_BREAK = re.compile(
    r"[:\"“”]|(?<!\w)(?:cho biết|cho hay|nói|thông báo|thông tin|khẳng định|nhấn mạnh|tuyên bố|"
    r"dự báo|đề nghị)(?!\w)", re.I)
# After a verb of saying, only status words before the event verb: the speaker is its subject
# ("Thủ tướng khẳng định sẽ thăm …"); anything longer has a subject of its own.
SPEAKER_ACTS = re.compile(r"\s*(?:(?:sẽ|đã|đang|vừa|sắp|cũng|tiếp tục|mong muốn|mong|muốn|sớm|dự kiến|"
                          r"chuẩn bị|rất|vui mừng|hân hạnh|được)\s+)*$", re.I)
# words that tie a noun to a named complement ("chuyến thăm tới …", "cuộc gặp với …")
LINKER = re.compile(r"(?<!\w)(?:với|giữa|của|tới|đến|sang|tại|ở|thăm)(?!\w)", re.I)
# what may stand between a noun trigger and its named complement without a linking word
# ("cuộc gặp cấp cao ba người đứng đầu ba Đảng Việt Nam - …", "chuyến thăm lần này Lào …")
NOUN_MODIFIERS = re.compile(
    r"(?:\s*(?:cấp\s+cao|cấp\s+nhà\s+nước|chính\s+thức|làm\s+việc|hữu\s+nghị|lần\s+này|lần\s+thứ\s+\w+|"
    r"đầu\s+tiên|nước\s+ngoài|song\s+phương|đa\s+phương|thượng\s+đỉnh|trực\s+tuyến|riêng|người\s+đứng\s+đầu|"
    r"lãnh\s+đạo|hai|ba|bốn|\d+|Đảng|nước|bên|[(\-–]))*\s*$", re.I)
WITH_WHOM = re.compile(r"(?<!\w)(?:với|giữa|của)(?!\w)", re.I)
SUBCLAUSE = re.compile(r"(?<!\w)(?:khi|trong khi|sau khi|trước khi|nhân dịp|bên lề|trong khuôn khổ|nhằm|để|"
                       r"trong dịp|nhân chuyến)(?!\w)", re.I)
HOSTS = re.compile(r"\s*(?:(?:đã|sẽ|cũng|đang|vừa)\s+)*(?:tiếp|đón|chủ trì|chiêu đãi|hội đàm với)(?!\w)", re.I)
HOMEWARD = re.compile(r"(?<!\w)(?:về|trở về|quay về)\s+$", re.I)
BETWEEN_WORD = re.compile(r"(?<!\w)giữa(?!\w)", re.I)
THIS_ONE = re.compile(r"\s*(?:(?:lần|đợt)\s+)?này(?!\w)", re.I)
# Between a noun trigger's subject and the noun: light verbs and status words only
# ("X đã có cuộc hội đàm", "X thực hiện chuyến thăm", "X … tại cuộc gặp"), and the
# company going along ("X cùng Phu nhân", "X dẫn đầu Đoàn đại biểu … bắt đầu chuyến thăm")
SUPPORT = re.compile(
    r"\s*,?\s*(?:(?:\([^()]{0,20}\)|(?:dẫn đầu|cùng với|cùng|và)\s+(?:phu nhân|đoàn|phái đoàn)[^,.;:]{0,60}?|đã|sẽ|đang|vừa|mới|cũng|cùng|tiếp tục|sắp|dự kiến|chuẩn bị|dự định|chính thức|bắt đầu|kết thúc|có|"
    r"thực hiện|tiến hành|tham dự|dự|tham gia|chủ trì|đồng chủ trì|dẫn đầu|tổ chức|phát biểu|bước vào|"
    r"hoàn thành|trong|tại|ở|một|các|hai|ba|những|nhiều|lần lượt)\s+)*$", re.I)
SIDES_AFTER = re.compile(r"\s+(?:cấp cao\s+)?(?:giữa\s+)?(?:hai|2)\s+(Đảng|nước)(?!\w)", re.I)
# a fronted phrase whose verb the main subject does ("Kết thúc chuyến thăm …, Thủ tướng …")
FRONT_ACT = re.compile(r"^\s*(?:(?:sau khi|trước khi|khi)\s+)?(?:kết thúc|bắt đầu|mở đầu|tiếp tục|khép lại|"
                       r"thực hiện|tiến hành|hoàn thành)(?!\w)", re.I)
# between two people listed as one subject: a comma or "và"/"cùng" and the next one's title
SUBJECT_LINK = re.compile(r"\s*(?:,|và|cùng|cùng với)\s+(?:[^\W\d_]+\s+){0,5}?", re.I)
# ", theo thông báo của Bộ Ngoại giao", "theo TTXVN": the source of the news, not a party
SOURCE = re.compile(r"(?:,\s*theo\s+(?!lời mời|kế hoạch|đó|đề nghị|chương trình|thỏa thuận)|"
                    r"\s(?:theo|dẫn)\s+(?:thông báo|thông cáo|tin|nguồn tin|bản tin|hãng tin)(?!\w))", re.I)
# "Sau hội đàm, …", "Trước hội đàm, …", "Tại buổi tiếp, …": a sentence opened by a
# happening told before goes on from it (its undated happenings take its date)
AFTER_OPENER = re.compile(r"\s*(?:ngay\s+)?(?:sau khi kết thúc|sau khi|sau|kết thúc|tiếp sau|trước khi|trước|tại|trong)\s+"
                          r"(?:(?:cuộc|buổi|các cuộc)\s+)?$", re.I)
FRAME = re.compile(r"(?<!\w)(?:trong|trong khuôn khổ|nhân dịp|bên lề|trong dịp)\s+$", re.I)
BETWEEN = re.compile(r"(?:\s+cấp\s+cao)?\s+giữa\s+", re.I)
CREDIT = re.compile(r"(?:\s[-–]\s*|\.\s*|\s)\(?(?:Ảnh|Nguồn|Video|Clip)\s*:", re.I)
BOTH_SIDES = re.compile(
    r"(?<!\w)(?:hai|2)\s+(?:bên|nước|phía|nhà lãnh đạo|lãnh đạo|Thủ tướng|Bộ trưởng|Chủ tịch|Tổng thống|"
    r"Ngoại trưởng|Đảng|đoàn)(?!\w)|(?<!\w)lãnh đạo hai (?:nước|Đảng|bên)(?!\w)", re.I)
PLURAL = re.compile(r"(?<!\w)(?:các|những|nhiều)\s", re.I)
DELEGATION = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}?(?:đoàn|phái đoàn)(?:\s+(?:công tác|đại biểu))?\s+"
                         r"(?:đã|cũng|sẽ|đang|tiếp tục|trao|tặng|thăm|đến|hội|gặp)", re.I)
# "Đoàn đại biểu cấp cao …", "Phái đoàn …" as a name (not "Đoàn Chủ tịch", a presidium)
DELEGATION_NAME = re.compile(r"(?:phái đoàn|đoàn\s+(?:đại biểu|công tác|cấp cao))(?!\w)", re.I)
COORD_END = re.compile(r"(?:,|\bvà|\bcùng)\s*$")
PHRASE_BREAK = re.compile(r"[,;.]")
TO_PLACE = re.compile(r"(?:tới|đến|sang|tại|ở|thăm|công du)\s+(?:(?:thủ đô|thành phố|tỉnh|đảo)\s+)?$", re.I)
VISIT_MODIFIERS = re.compile(r"^(?:\s*(?:cấp\s+nhà\s+nước|chính\s+thức|làm\s+việc|hữu\s+nghị|cấp\s+cao))*\s*$", re.I)
AND = re.compile(r"^\s*(?:\([^()]{0,20}\))?\s*(?:,|và)\s*$")


def status_marker(text: str, start: int, end: int) -> str | None:
    found = None
    for m in MARKER.finditer(text, start, end):
        found = m.lastgroup
    return found


def arity(text: str, sent: Sentence, hit: TriggerHit, post: list[Ref]) -> int | None:
    """How many sides meet: "cuộc gặp ba Đảng", "của 3 Đảng tại cuộc gặp", "giữa A và B"."""
    after = re.split(r"[.;:(),]", text[hit.end : min(sent.end, hit.end + 60)])[0]
    m = ARITY.search(after)
    if not m:
        before = re.split(r"[.;:(),]", text[max(sent.start, hit.start - 50) : hit.start])[-1]
        m = ARITY.search(before)
    if m:
        return ARITY_WORDS[m.group(1).lower()]
    between = BETWEEN.match(text, hit.end)
    if between:
        sides = [r for r in post if r.start >= between.end() and r.type in PARTY_TYPES | {"LOCATION"}]
        joined = [sides[0]] if sides else []
        for r in sides[1:]:
            if re.fullmatch(r"\s*(?:,|và|với)\s*", text[joined[-1].end : r.start]):
                joined.append(r)
        if len(joined) >= 2:
            return len(joined)
    return None


def plausible(text: str, index: EntityIndex, refs: list[Ref], before: list[TriggerHit], hit: TriggerHit) -> bool:
    """Whether a trigger hit can be an event here: a motion verb only with a place right
    after it, a gift only with an amount or goods (not thanks, a medal or a loan), an
    agreement verb not inside a document's name."""
    rule = hit.rule
    if rule.form == "move" and HOMEWARD.search(text, max(0, hit.start - 8), hit.start):
        return False  # "về đến Hà Nội": coming home is no visit
    near_before = [h for h in before if h.rule.type == rule.type and hit.start - h.end < 60
                   and not re.search(r";|[,.](?!\d)", text[h.end : hit.start])]
    if rule.form == "move":
        if near_before:
            return False
        place = next((r for r in refs if r.start >= hit.end), None)
        if place is None or index.type_of(place.entity) != "LOCATION":
            return False
        return bool(PLACE_HEAD.match(text[hit.end : place.start]))
    if rule.form == "gift":
        if near_before:
            return False
        after = text[hit.end : hit.end + 160]
        if GRATITUDE.search(text, max(0, hit.start - 50), hit.start) or AWARD.match(after):
            return False  # thanks for support, a medal or a souvenir: not a donation
        if GIFT.search(text, hit.start, hit.end):
            return True  # "tặng quà", "trao quà"
        gift = GIFT.search(after)
        if gift is not None and not LOAN.search(after, 0, gift.start()):  # a loan is not aid
            return True
        # "Ủy ban … tiếp nhận 20 tỷ đồng do Tập đoàn X ủng hộ": the gift told before its giver
        return DONATED_BY.search(text, max(0, hit.start - 160), hit.start) is not None
    if rule.type == "AGREEMENT" and DOC_NOUN.search(text[max(0, hit.start - 60) : hit.start]):
        return False
    return True
