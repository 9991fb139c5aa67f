"""Knowledge-base benchmark: load a synthetic corpus, measure load rate, store size and query latency.

The corpus is generated, not copied from the samples: *stories* (a trade
figure, an investment licence, a storm, a visit, a meeting, an agreement, a
trade target) drawn from varied vocabularies (thousands of generated people,
provinces, partner countries, goods, companies, outlets), each reported by 1-4
articles whose sentences are drawn from several wordings plus filler
sentences; ~4 % of articles are near-duplicate re-publications of an agency
text.  To keep 100,000 articles tractable the benchmark builds the
contract-v1 records directly (entities, facts, events with their spans), as
an extractor would print them, and loads them with ``Store.bulk_load``, which
stores every document and then runs the same cross-document resolution as
``vnewsgraph ingest`` (entities, events, claims, near-duplicates).  It does
NOT run the NLP pipeline: see benchmarks/bench_extract.py for that.

    python benchmarks/bench_kb.py --n 100000 --db /tmp/bench_kb.db
    python benchmarks/bench_kb.py --n 10000 --db postgresql+psycopg://postgres@127.0.0.1/test
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

FAMILY = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Mai Tô".split()
MIDDLE = "Văn Thị Hữu Đức Minh Quang Thanh Ngọc Xuân Hồng Anh Thu Kim Bảo Công Trọng".split()
GIVEN = ("An Bình Cường Dũng Giang Hà Hải Hạnh Hiếu Hoa Hùng Huy Khánh Lan Linh Long Mai Minh Nam Nga Phong "
         "Phúc Quân Sơn Tâm Thắng Thảo Trang Trung Tuấn Việt Yến Khoa Lộc Nhung Oanh Tùng Vinh Hưng Thủy").split()
TITLES = ["Bộ trưởng Bộ Công Thương", "Thứ trưởng Bộ Ngoại giao", "Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh",
          "Giám đốc Sở Công Thương", "Tổng Giám đốc", "Chủ tịch Hội đồng quản trị", "Đại sứ", "Phó Thủ tướng",
          "Bí thư Tỉnh ủy", "Cục trưởng Cục Xuất nhập khẩu", "Chủ tịch Hiệp hội Doanh nghiệp"]
COUNTRIES = [("Hàn Quốc", "KR"), ("Nhật Bản", "JP"), ("Trung Quốc", "CN"), ("Hoa Kỳ", "US"), ("Singapore", "SG"),
             ("Đức", "DE"), ("Pháp", "FR"), ("Anh", "GB"), ("Australia", "AU"), ("Ấn Độ", "IN"), ("Canada", "CA"),
             ("Thái Lan", "TH"), ("Lào", "LA"), ("Campuchia", "KH"), ("Indonesia", "ID"), ("Malaysia", "MY"),
             ("Philippines", "PH"), ("Italy", "IT"), ("Hà Lan", "NL"), ("Tây Ban Nha", "ES"), ("Brazil", "BR"),
             ("Mexico", "MX"), ("Nga", "RU"), ("Ba Lan", "PL"), ("Thụy Điển", "SE"), ("Na Uy", "NO"),
             ("Israel", "IL"), ("Ai Cập", "EG"), ("Nam Phi", "ZA"), ("Chile", "CL"), ("Argentina", "AR"),
             ("New Zealand", "NZ"), ("Mông Cổ", "MN"), ("Myanmar", "MM"), ("Bangladesh", "BD"), ("Pakistan", "PK"),
             ("Thổ Nhĩ Kỳ", "TR"), ("Ả Rập Xê Út", "SA"), ("UAE", "AE"), ("Qatar", "QA")]
FOREIGN = ["Kim Min-jun", "Tanaka Hiroshi", "Wang Lei", "John Miller", "Lee Hsien Yang", "Klaus Becker",
           "Marie Dubois", "James Carter", "Emma Wilson", "Raj Sharma", "Sophie Tremblay", "Somchai Wongsakul",
           "Bounmy Phommachanh", "Sok Chenda", "Budi Santoso", "Ahmad Razak", "Maria Santos", "Luca Romano",
           "Pieter de Vries", "Carlos Garcia", "Ana Costa", "Diego Hernandez", "Ivan Petrov", "Piotr Nowak",
           "Erik Lindqvist", "Ola Hansen", "David Cohen", "Omar Hassan", "Thabo Nkosi", "Javier Soto",
           "Martin Alvarez", "Olivia Brown", "Bat-Erdene Gantulga", "Aung Kyaw", "Rahim Uddin", "Imran Qureshi",
           "Mehmet Yilmaz", "Faisal Al-Saud", "Khalid Al-Mansoori", "Hamad Al-Thani"]
PROVINCES = ("Hà Nội|Hải Phòng|Quảng Ninh|Bắc Ninh|Hưng Yên|Thái Nguyên|Lào Cai|Tuyên Quang|Phú Thọ|Sơn La|"
             "Lạng Sơn|Cao Bằng|Điện Biên|Lai Châu|Ninh Bình|Thanh Hóa|Nghệ An|Hà Tĩnh|Quảng Trị|Huế|Đà Nẵng|"
             "Quảng Ngãi|Gia Lai|Khánh Hòa|Đắk Lắk|Lâm Đồng|Đồng Nai|Tây Ninh|Thành phố Hồ Chí Minh|Đồng Tháp|"
             "Vĩnh Long|An Giang|Cần Thơ|Cà Mau").split("|")
GOODS = ["gạo", "cà phê", "hạt điều", "hồ tiêu", "thủy sản", "tôm", "cá tra", "gỗ và sản phẩm gỗ", "dệt may",
         "giày dép", "điện thoại và linh kiện", "máy tính", "sắt thép", "rau quả", "sầu riêng", "cao su", "chè",
         "phân bón", "xi măng", "túi xách", "đồ chơi", "linh kiện ô tô", "pin mặt trời", "sữa", "mật ong"]
BRANDS = ["Hòa Phát", "Thành Công", "An Phát", "Minh Long", "Sao Mai", "Phú Tài", "Đại Dương", "Tân Á", "Hưng Thịnh",
          "Bảo Minh", "Vạn Xuân", "Hồng Hà", "Kim Long", "Nam Việt", "Trường Hải", "Phương Đông", "Thiên Long",
          "Đông Á", "Việt Tiến", "Hoàng Quân", "Phú Mỹ", "Lam Sơn", "Tân Cảng", "Sông Đà", "Hải Hà"]
FORMS = ["Tập đoàn", "Công ty Cổ phần", "Tổng công ty", "Công ty TNHH"]
SECTORS = ["Thép", "Nông sản", "Điện tử", "Logistics", "Năng lượng", "Dệt may", "Thực phẩm", "Cơ khí", "Bất động sản"]
OUTLETS = ["VnExpress", "Tuổi Trẻ", "Thanh Niên", "Dân Trí", "VTC News", "VietnamPlus", "Nhân Dân", "Lao Động",
           "Tiền Phong", "Báo Đầu tư", "Vietnamnet", "VOV", "VTV", "Người Lao Động", "Báo Chính phủ", "Zing News",
           "Công Thương", "Sài Gòn Giải Phóng", "Hà Nội Mới", "An ninh Thủ đô", "Kinh tế & Đô thị", "Quân đội Nhân dân",
           "Pháp luật TP.HCM", "Doanh nhân Sài Gòn", "Nông nghiệp Việt Nam", "Bnews", "Vneconomy", "CafeF",
           "Báo Quốc tế", "Đại Đoàn Kết"]
FILLER = [
    "Theo các chuyên gia, {good} vẫn là một trong những mặt hàng chủ lực trong cơ cấu xuất khẩu của {prov}.",
    "Lãnh đạo địa phương cho biết sẽ tiếp tục cải cách thủ tục hành chính, hỗ trợ doanh nghiệp tiếp cận vốn.",
    "Nhiều doanh nghiệp kiến nghị đẩy nhanh đầu tư hạ tầng giao thông và logistics tại {prov}.",
    "Tình hình thời tiết bất thường được dự báo sẽ ảnh hưởng tới sản xuất nông nghiệp trong quý tới.",
    "Giới phân tích nhận định nhu cầu tại thị trường {partner} có dấu hiệu phục hồi sau thời gian chững lại.",
    "Các hiệp hội ngành hàng khuyến nghị doanh nghiệp chú trọng truy xuất nguồn gốc và tiêu chuẩn xanh.",
    "Năm qua, {prov} đã tổ chức nhiều đoàn xúc tiến thương mại và đầu tư tới các thị trường trọng điểm.",
    "Bên lề sự kiện, đại diện doanh nghiệp hai bên đã trao đổi về cơ hội hợp tác trong chuyển đổi số.",
    "Người dân mong muốn chính quyền sớm hoàn thiện quy hoạch và giải phóng mặt bằng cho các dự án lớn.",
    "Ngành hải quan đã triển khai thông quan điện tử giúp rút ngắn thời gian xử lý hồ sơ của doanh nghiệp.",
    "Ngân hàng Nhà nước được dự báo tiếp tục duy trì mặt bằng lãi suất ổn định để hỗ trợ tăng trưởng.",
    "Hoạt động du lịch tại {prov} sôi động trở lại với nhiều lễ hội văn hóa được tổ chức trong tháng.",
]


class Builder:
    """Concatenates sentences and records where each marked string lands."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, sentence: str) -> tuple[int, int]:
        if self.parts:
            self.parts.append(" ")
            self.length += 1
        start = self.length
        self.parts.append(sentence)
        self.length += len(sentence)
        return start, self.length

    @property
    def text(self) -> str:
        return "".join(self.parts)


class Corpus:
    def __init__(self, seed: int = 2026) -> None:
        self.rng = random.Random(seed)
        r = self.rng
        people = {f"{f} {m} {g}" for f in FAMILY for m in MIDDLE for g in GIVEN}
        self.people = sorted(people)
        r.shuffle(self.people)
        self.people = self.people[:6000]
        self.person_title = {p: r.choice(TITLES) for p in self.people}
        self.companies = sorted({f"{r.choice(FORMS)} {r.choice(SECTORS)} {b}" for b in BRANDS for _ in range(12)})
        self.agency_texts: list[tuple[str, dict[str, Any]]] = []

    def stories(self) -> Iterator[list[dict[str, Any]]]:
        """Each story yields the records of the 1-4 articles that report it."""
        i = 0
        while True:
            i += 1
            kind = self.rng.choices(["trade", "fdi", "storm", "visit", "meeting", "agreement", "target"],
                                    weights=[25, 15, 10, 15, 20, 8, 7])[0]
            yield getattr(self, "_" + kind)(i)

    # -- helpers -------------------------------------------------------------
    def _date(self) -> tuple[str, int, int, int]:
        y = self.rng.choice([2022, 2023, 2024, 2025, 2026])
        m, d = self.rng.randint(1, 12), self.rng.randint(1, 28)
        return f"{y}-{m:02d}-{d:02d}", y, m, d

    def _record(self, b: Builder, outlet: str, published: str, ents: list[dict[str, Any]],
                facts: list[dict[str, Any]], events: list[dict[str, Any]]) -> dict[str, Any]:
        for _ in range(self.rng.randint(1, 3)):
            b.add(self.rng.choice(FILLER).format(good=self.rng.choice(GOODS), prov=self.rng.choice(PROVINCES),
                                                 partner=self.rng.choice(COUNTRIES)[0]))
        text = b.text
        out_ents = []
        for k, e in enumerate(ents, 1):
            pos = text.find(e["name"])
            mentions = [{"start": pos, "end": pos + len(e["name"])}] if pos >= 0 else []
            out_ents.append({"id": f"e{k}", "name": e["name"], "type": e["type"], "aliases": e.get("aliases", []),
                             "titles": e.get("titles", []), "country": e.get("country"), "kb_id": None,
                             "mentions": mentions})
        ids = {e["name"]: f"e{k}" for k, e in enumerate(ents, 1)}
        for ev in events:
            ev["participants"] = [{"entity": ids[n], "role": r} for n, r in ev["participants"]]
            ev["location"] = ids.get(ev["location"]) if ev["location"] else None
        for f in facts:
            f["subjects"] = [ids.get(x, x) for x in f["subjects"]]
        return {"schema_version": "1", "document": {
            "id": "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest(), "source": None,
            "title": text[:120], "outlet": outlet, "published": published, "text": text},
            "entities": out_ents, "facts": facts, "events": events}

    def _reports(self, date: str, n_max: int = 4) -> list[tuple[str, str]]:
        n = self.rng.choices([1, 2, 3, 4][:n_max], weights=[50, 25, 15, 10][:n_max])[0]
        outlets = self.rng.sample(OUTLETS, n)
        return [(o, date[:8] + f"{min(28, int(date[8:]) + self.rng.randint(0, 2)):02d}") for o in outlets]

    # -- stories ---------------------------------------------------------------
    def _trade(self, i: int) -> list[dict[str, Any]]:
        r = self.rng
        good, prov = r.choice(GOODS), r.choice(PROVINCES)
        partner, code = r.choice(COUNTRIES)
        date, y, m, d = self._date()
        period = str(y - 1) if m < 4 else f"{y}-{m - 1:02d}" if m > 1 else str(y - 1)
        value = round(r.uniform(1, 900), 1)
        person = r.choice(self.people)
        out = []
        for outlet, pub in self._reports(date):
            b = Builder()
            wording = r.choice([
                "Kim ngạch xuất khẩu {good} của {prov} sang {partner} {when} đạt {v} triệu USD.",
                "Theo Sở Công Thương, xuất khẩu {good} từ {prov} sang thị trường {partner} {when} đạt khoảng {v} triệu USD.",
                "{when_cap}, tổng kim ngạch xuất khẩu {good} của tỉnh {prov} sang {partner} đạt hơn {v} triệu USD.",
            ])
            when = f"năm {period}" if len(period) == 4 else f"tháng {int(period[5:])}/{period[:4]}"
            sentence = wording.format(good=good, prov=prov, partner=partner, when=when, when_cap=when.capitalize(),
                                      v=str(value).replace(".", ","))
            ev = b.add(sentence)
            b.add(f"{self.person_title[person]} {person} cho biết thị trường {partner} còn nhiều dư địa.")
            qualifier = "approx" if "khoảng" in sentence else "over" if "hơn" in sentence else "exact"
            facts = [{"value": value * 1e6, "unit": "USD", "qualifier": qualifier, "kind": "actual",
                      "indicator": f"kim ngạch xuất khẩu {good}" if "ngạch" in sentence else f"xuất khẩu {good}",
                      "subjects": [prov, code], "period": period, "change": None,
                      "evidence": {"start": ev[0], "end": ev[1]}}]
            ents = [{"name": prov, "type": "LOCATION", "country": "VN"}, {"name": partner, "type": "LOCATION",
                    "country": code}, {"name": person, "type": "PERSON", "titles": [self.person_title[person]],
                                       "country": "VN"}]
            out.append(self._record(b, outlet, pub, ents, facts, []))
        return self._maybe_copy(out)

    def _fdi(self, i: int) -> list[dict[str, Any]]:
        r = self.rng
        prov, company = r.choice(PROVINCES), r.choice(self.companies)
        partner, code = r.choice(COUNTRIES)
        date, y, m, d = self._date()
        k, cap = r.randint(2, 60), round(r.uniform(0.1, 9.9), 2)
        out = []
        for outlet, pub in self._reports(date):
            b = Builder()
            s1 = b.add(f"Ngày {d}/{m}, UBND tỉnh {prov} trao giấy chứng nhận đầu tư cho {k} dự án FDI với tổng vốn "
                       f"đăng ký {str(cap).replace('.', ',')} tỷ USD.")
            b.add(f"Dự án lớn nhất thuộc về {company} liên doanh với đối tác {partner}.")
            facts = [{"value": float(k), "unit": "count:dự án", "qualifier": "exact", "kind": "actual",
                      "indicator": "dự án FDI được cấp phép", "subjects": [prov], "period": date,
                      "change": None, "evidence": {"start": s1[0], "end": s1[1]}},
                     {"value": cap * 1e9, "unit": "USD", "qualifier": "exact", "kind": "actual",
                      "indicator": "tổng vốn đăng ký FDI", "subjects": [prov], "period": date, "change": None,
                      "evidence": {"start": s1[0], "end": s1[1]}}]
            ents = [{"name": prov, "type": "LOCATION", "country": "VN"},
                    {"name": company, "type": "ORGANIZATION", "country": "VN"},
                    {"name": partner, "type": "LOCATION", "country": code}]
            out.append(self._record(b, outlet, pub, ents, facts, []))
        return out

    def _storm(self, i: int) -> list[dict[str, Any]]:
        r = self.rng
        prov = r.choice(PROVINCES)
        date, y, m, d = self._date()
        storm = f"Bão số {r.randint(1, 13)}"
        dead, houses = r.randint(1, 60), r.randint(100, 40000)
        donor, donor_code = r.choice(COUNTRIES)
        aid = r.randint(50, 3000) * 1000
        out = []
        for outlet, pub in self._reports(date):
            b = Builder()
            s1 = b.add(f"{storm} đổ bộ vào {prov} ngày {d}/{m}/{y} làm {dead} người thiệt mạng và "
                       f"{houses:,}".replace(",", ".") + " ngôi nhà bị hư hại.")
            s2 = b.add(f"Chính phủ {donor} đã trao tặng {aid:,}".replace(",", ".") + f" USD hỗ trợ người dân {prov}.")
            facts = [{"value": float(dead), "unit": "count:người", "qualifier": "exact", "kind": "actual",
                      "indicator": f"người thiệt mạng do {storm.lower()}", "subjects": [prov], "period": date,
                      "change": None, "evidence": {"start": s1[0], "end": s1[1]}},
                     {"value": float(aid), "unit": "USD", "qualifier": "exact", "kind": "actual",
                      "indicator": "viện trợ khắc phục hậu quả bão", "subjects": [donor_code, prov], "period": date,
                      "change": None, "evidence": {"start": s2[0], "end": s2[1]}}]
            ents = [{"name": prov, "type": "LOCATION", "country": "VN"},
                    {"name": donor, "type": "LOCATION", "country": donor_code}]
            events = [{"type": "AID", "cameo": "071", "participants": [(donor, "actor"), (prov, "target")],
                       "date": date, "location": prov, "status": "occurred",
                       "evidence": {"start": s2[0], "end": s2[1]}}]
            out.append(self._record(b, outlet, pub, ents, facts, events))
        return self._maybe_copy(out)

    def _diplomacy(self, kind: str) -> list[dict[str, Any]]:
        r = self.rng
        person = r.choice(self.people)
        title = self.person_title[person]
        (partner, code), idx = r.choice(list(zip(COUNTRIES, range(len(COUNTRIES)), strict=True)))
        guest = FOREIGN[idx]
        date, y, m, d = self._date()
        prov = r.choice(PROVINCES)
        out = []
        for n, (outlet, pub) in enumerate(self._reports(date)):
            b = Builder()
            planned = kind == "visit" and n == 0 and r.random() < 0.3
            if kind == "visit":
                s = (f"{title} {person} sẽ thăm chính thức {partner} vào tháng {m}/{y}." if planned else
                     r.choice([f"Ngày {d}/{m}, {title} {person} thăm chính thức {partner}.",
                               f"{title} {person} đã đến {partner}, bắt đầu chuyến thăm chính thức từ ngày {d}/{m}."]))
                ev = b.add(s)
                events = [{"type": "VISIT", "cameo": "042", "participants": [(person, "actor"), (partner, "target")],
                           "date": f"{y}-{m:02d}" if planned else date, "location": partner,
                           "status": "planned" if planned else "occurred", "evidence": {"start": ev[0], "end": ev[1]}}]
            elif kind == "meeting":
                ev = b.add(r.choice([f"Chiều {d}/{m}, tại {prov}, {title} {person} tiếp ông {guest}, Đại sứ {partner}.",
                                     f"Ngày {d}/{m}, {title} {person} có cuộc hội kiến với ông {guest} tại {prov}."]))
                events = [{"type": "MEETING", "cameo": "043", "participants": [(person, "actor"), (guest, "target")],
                           "date": date, "location": prov, "status": "occurred",
                           "evidence": {"start": ev[0], "end": ev[1]}}]
            else:
                k = r.randint(2, 15)
                ev = b.add(f"Ngày {d}/{m}, {title} {person} và ông {guest} chứng kiến lễ ký {k} văn kiện hợp tác "
                           f"giữa Việt Nam và {partner}.")
                events = [{"type": "AGREEMENT", "cameo": "057", "participants": [(person, "actor"), (guest, "actor")],
                           "date": date, "location": None, "status": "occurred",
                           "evidence": {"start": ev[0], "end": ev[1]}}]
            b.add(f"Hai bên nhất trí thúc đẩy hợp tác giữa {prov} với các địa phương của {partner}.")
            ents = [{"name": person, "type": "PERSON", "titles": [title], "country": "VN"},
                    {"name": partner, "type": "LOCATION", "country": code},
                    {"name": guest, "type": "PERSON", "country": code},
                    {"name": prov, "type": "LOCATION", "country": "VN"}]
            out.append(self._record(b, outlet, pub, ents, [], events))
        return out

    def _visit(self, i: int) -> list[dict[str, Any]]:
        return self._diplomacy("visit")

    def _meeting(self, i: int) -> list[dict[str, Any]]:
        return self._diplomacy("meeting")

    def _agreement(self, i: int) -> list[dict[str, Any]]:
        return self._diplomacy("agreement")

    def _target(self, i: int) -> list[dict[str, Any]]:
        r = self.rng
        partner, code = r.choice(COUNTRIES)
        date, y, m, d = self._date()
        goal, year = r.randint(5, 200), y + r.randint(2, 8)
        out = []
        for outlet, pub in self._reports(date, 2):
            b = Builder()
            s = b.add(f"Việt Nam và {partner} phấn đấu nâng kim ngạch thương mại song phương lên {goal} tỷ USD vào "
                      f"năm {year}.")
            facts = [{"value": goal * 1e9, "unit": "USD", "qualifier": "exact", "kind": "target",
                      "indicator": "kim ngạch thương mại song phương", "subjects": ["VN", code], "period": str(year),
                      "change": None, "evidence": {"start": s[0], "end": s[1]}}]
            ents = [{"name": "Việt Nam", "type": "LOCATION", "country": "VN"},
                    {"name": partner, "type": "LOCATION", "country": code}]
            out.append(self._record(b, outlet, pub, ents, facts, []))
        return out

    def _maybe_copy(self, recs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Sometimes an outlet republishes the first report with its own lead line."""
        if self.rng.random() < 0.12 and len(recs[0]["document"]["text"]) > 150:
            src = json.loads(json.dumps(recs[0]))
            lead = f"({self.rng.choice(OUTLETS)}) - "
            text = lead + src["document"]["text"]
            shift = len(lead)
            for e in src["entities"]:
                e["mentions"] = [{"start": x["start"] + shift, "end": x["end"] + shift} for x in e["mentions"]]
            for part in src["facts"] + src["events"]:
                part["evidence"] = {"start": part["evidence"]["start"] + shift, "end": part["evidence"]["end"] + shift}
            src["document"].update(text=text, outlet=self.rng.choice(OUTLETS),
                                   id="sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest())
            recs.append(src)
        return recs


def records(n: int, seed: int = 2026) -> Iterator[dict[str, Any]]:
    corpus = Corpus(seed)
    made = 0
    for story in corpus.stories():
        for rec in story:
            yield rec
            made += 1
            if made >= n:
                return


def _timed(fn: Callable[[], Any], reps: int) -> dict[str, float]:
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"median_ms": round(statistics.median(times), 2), "p95_ms": round(times[int(len(times) * 0.95) - 1], 2)}


def _size(store: Any, url: str) -> int:
    from sqlalchemy import text

    if store.dialect == "sqlite":
        path = url.split("sqlite:///", 1)[1]
        return sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))
    with store.read() as c:
        return int(c.execute(text(
            "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'm')")).scalar() or 0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000, help="articles to load")
    ap.add_argument("--db", default="/tmp/bench_kb.db", help="store path or URL (emptied first when SQLite)")
    ap.add_argument("--reps", type=int, default=200, help="repetitions of each query")
    ap.add_argument("--json-out", type=Path, default=None)
    ap.add_argument("--queries-only", action="store_true",
                    help="keep the store as it is (loaded by an earlier run) and only time the queries")
    args = ap.parse_args(argv)

    from vnewsgraph.kb.query import Repository
    from vnewsgraph.kb.store import normalise_url, open_store

    url = normalise_url(args.db)
    if url.startswith("sqlite:///") and not args.queries_only:
        path = url.split("sqlite:///", 1)[1]
        for p in (path, path + "-wal", path + "-shm"):
            if os.path.exists(p):
                os.remove(p)
    store = open_store(url)
    repo = Repository(store)

    t0 = time.perf_counter()
    recs = [] if args.queries_only else list(records(args.n))
    gen_s = time.perf_counter() - t0
    chars = sum(len(r["document"]["text"]) for r in recs)
    if recs:
        print(f"generated {len(recs):,} records ({chars / len(recs):.0f} chars each) in {gen_s:.1f}s",
              file=sys.stderr)

    t0 = time.perf_counter()
    step = max(1000, args.n // 20)
    loaded = 0
    for k in range(0, len(recs), step):
        loaded += store.bulk_load(recs[k:k + step])
        el = time.perf_counter() - t0
        print(f"  {k + step:>8,} loaded+resolved  {el:7.1f}s  {(k + step) / el:6.1f} docs/s", file=sys.stderr)
    load_s = max(time.perf_counter() - t0, 1e-9)
    stats = repo.stats()
    size = _size(store, url)

    rng = random.Random(7)
    corpus = Corpus()
    ent_ids = [e["id"] for e in repo.list_entities(limit=500)["items"]]
    words = [*corpus.people[:500], *GOODS, *PROVINCES, *(c for c, _ in COUNTRIES)]
    from vnewsgraph.kb.keys import fold

    queries = {
        "search (diacritics folded)": lambda: repo.search(fold(rng.choice(words)), limit=20),
        "search (with diacritics)": lambda: repo.search(rng.choice(words), limit=20),
        "entities --query NAME": lambda: repo.list_entities(query=rng.choice(corpus.people[:2000]), limit=20),
        "entity detail (get_entity)": lambda: repo.get_entity(rng.choice(ent_ids)),
        "facts --query WORDS": lambda: repo.list_facts(query="xuat khau " + fold(rng.choice(GOODS)), limit=20),
        "facts --entity COUNTRY": lambda: repo.list_facts(entity=rng.choice(COUNTRIES)[0], limit=20),
        "events --entity PERSON": lambda: repo.list_events(entity=rng.choice(corpus.people[:2000]), limit=20),
    }
    latency = {name: _timed(fn, args.reps) for name, fn in queries.items()}
    result = {
        "n_articles": len(recs), "new_documents": loaded, "load_seconds": round(load_s, 1),
        "docs_per_second": round(len(recs) / load_s, 1), "store_bytes": size, "store": url.split("://")[0],
        "stats": stats, "latency": latency, "avg_chars": round(chars / len(recs)) if recs else None,
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version(),
                    "processor": platform.processor() or platform.machine()},
    }
    print(json.dumps(result, ensure_ascii=False, indent=1))
    if args.json_out:
        args.json_out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
