"""Synthetic Vietnamese news articles for batch tests and benchmarks.

Deterministic (seeded) articles built from templates about trade, foreign
investment, disasters and diplomacy, with varied people, places, numbers and
dates — enough variety for realistic extraction work, never real events.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

PEOPLE = [
    ("Bộ trưởng Bộ Công Thương", "Nguyễn Hồng Diên"),
    ("Phó Thủ tướng", "Bùi Thanh Sơn"),
    ("Chủ tịch UBND tỉnh", "Lê Văn Thành"),
    ("Thứ trưởng Bộ Tài chính", "Trần Quốc Phương"),
    ("Tổng Giám đốc", "Phạm Thị Thu Hà"),
    ("Giám đốc Sở Kế hoạch và Đầu tư", "Đỗ Minh Khoa"),
    ("Đại sứ", "Hoàng Anh Tuấn"),
    ("Chủ tịch Hiệp hội Dệt may Việt Nam", "Vũ Đức Giang"),
]
PROVINCES = ["Bắc Giang", "Hải Phòng", "Quảng Ninh", "Nghệ An", "Bình Dương", "Đồng Nai", "Long An", "Thái Nguyên", "Cần Thơ"]
PARTNERS = ["Hàn Quốc", "Nhật Bản", "Singapore", "Đức", "Australia", "Ấn Độ", "Canada", "Thái Lan"]
GOODS = ["gạo", "cà phê", "hạt điều", "hồ tiêu", "thủy sản", "gỗ và sản phẩm gỗ", "dệt may", "điện thoại và linh kiện"]
COMPANIES = ["Tập đoàn Samsung", "Tập đoàn LG", "Công ty Foxconn", "Tập đoàn Lego", "Công ty Hyosung", "Tập đoàn Amkor"]
STORMS = ["Bão số 3", "Bão số 5", "Áp thấp nhiệt đới", "Bão số 9", "Mưa lũ lịch sử"]

TEMPLATES = [
    "Theo số liệu của Tổng cục Hải quan công bố ngày {d}/{m}, xuất khẩu {good} trong {n} tháng đầu năm {y} đạt "
    "{x},{xd} tỷ USD, tăng {p}% so với cùng kỳ năm trước. {t1} {p1} cho biết {partner} tiếp tục là một trong "
    "những thị trường tiêu thụ lớn nhất. Dự kiến cả năm, kim ngạch xuất khẩu {good} có thể vượt {x2} tỷ USD.",
    "Sáng {d}/{m}, UBND tỉnh {prov} đã trao giấy chứng nhận đầu tư cho {k} dự án FDI với tổng vốn đăng ký "
    "{x},{xd} tỷ USD. Dự án lớn nhất thuộc về {company} ({partner}) với vốn đầu tư {v} triệu USD, dự kiến tạo "
    "việc làm cho khoảng {jobs}.000 lao động. {t1} {p1} khẳng định tỉnh sẽ tiếp tục cải thiện môi trường đầu tư.",
    "{storm} đổ bộ vào {prov} rạng sáng {d}/{m}/{y}, làm {dead} người thiệt mạng và {missing} người mất tích. "
    "Hơn {houses}.000 ngôi nhà bị tốc mái, khoảng {ha}.000 ha lúa và hoa màu bị ngập úng. {t1} {p1} đã đến "
    "kiểm tra công tác khắc phục hậu quả và yêu cầu hỗ trợ kịp thời cho người dân.",
    "Chiều {d}/{m}, tại Hà Nội, {t1} {p1} đã hội đàm với Bộ trưởng Ngoại giao {partner}. Hai bên nhất trí phấn "
    "đấu nâng kim ngạch thương mại song phương lên {x2} tỷ USD vào năm {y2} và ký kết {k} văn kiện hợp tác "
    "trong các lĩnh vực năng lượng sạch, chuyển đổi số và giáo dục.",
]


def article(i: int, rng: random.Random) -> dict[str, Any]:
    title, name = PEOPLE[rng.randrange(len(PEOPLE))]
    y = rng.choice([2024, 2025, 2026])
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    values = {
        "d": d, "m": m, "y": y, "y2": y + rng.randint(2, 6), "n": rng.randint(2, 11),
        "good": rng.choice(GOODS), "x": rng.randint(1, 40), "xd": rng.randint(1, 9), "p": rng.randint(2, 35),
        "x2": rng.randint(10, 90), "t1": title, "p1": name, "partner": rng.choice(PARTNERS),
        "prov": rng.choice(PROVINCES), "k": rng.randint(2, 20), "company": rng.choice(COMPANIES),
        "v": rng.randint(50, 900), "jobs": rng.randint(1, 12), "storm": rng.choice(STORMS),
        "dead": rng.randint(1, 30), "missing": rng.randint(0, 9), "houses": rng.randint(1, 40), "ha": rng.randint(1, 50),
    }  # fmt: skip
    paragraphs = [t.format(**values) for t in rng.sample(TEMPLATES, rng.randint(1, 3))]
    text = f"Bản tin số {i}. " + "\n\n".join(paragraphs)
    published = dt.date(y, m, d)
    return {
        "text": text,
        "title": text.split(". ", 2)[1][:80] if ". " in text else None,
        "url": f"https://tin-tuc-mau.vn/bai/{i}.html" if i % 3 else None,
        "published": published.isoformat() if i % 4 else None,
        "outlet": "Tin Tức Mẫu" if i % 2 else None,
    }


def articles(n: int, seed: int = 9) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    for i in range(n):
        yield article(i, rng)


def write_jsonl(path: Path | str, n: int | None = None, *, target_bytes: int | None = None, seed: int = 9) -> int:
    """Write ``n`` articles (or until the file reaches ``target_bytes``); returns the count written."""
    rng = random.Random(seed)
    written = size = 0
    with open(path, "w", encoding="utf-8") as fh:
        while (n is None or written < n) and (target_bytes is None or size < target_bytes):
            line = json.dumps(article(written, rng), ensure_ascii=False) + "\n"
            fh.write(line)
            size += len(line.encode("utf-8"))
            written += 1
    return written
