"""Time expressions resolved against the publication date: a table of
expressions x publication dates -> ISO values."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnewsgraph.model import Article
from vnewsgraph.nlp.pipeline import make_document
from vnewsgraph.nlp.timex import TimexTagger, resolve_expression, tag_time_expressions

D = dt.date

TABLE = [
    # expression, publication date, expected value
    ("Sáng nay (12/3), Thủ tướng tiếp Đại sứ Nhật Bản", D(2025, 3, 12), "2025-03-12"),
    ("Chiều 12/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ", D(2025, 3, 13), "2025-03-12"),
    ("ngày 20/10", D(2025, 9, 30), "2025-10-20"),
    ("ngày 6-2", D(2026, 2, 6), "2026-02-06"),
    ("sáng 6-2", D(2026, 2, 6), "2026-02-06"),
    ("hôm qua", D(2024, 3, 1), "2024-02-29"),
    ("chiều qua", D(2026, 1, 1), "2025-12-31"),
    ("hôm nay", D(2023, 12, 13), "2023-12-13"),
    ("tối nay", D(2023, 12, 13), "2023-12-13"),
    ("ngày mai", D(2023, 12, 31), "2024-01-01"),
    ("tuần tới", D(2026, 2, 6), "2026-02-09/2026-02-15"),
    ("tuần trước", D(2026, 2, 6), "2026-01-26/2026-02-01"),
    ("hồi tháng 7/2024", D(2026, 2, 3), "2024-07"),
    ("tháng 2/2025", D(2026, 2, 6), "2025-02"),
    ("tháng 10 năm 2019", D(2026, 2, 6), "2019-10"),
    ("tháng 12 năm ngoái", D(2026, 2, 6), "2025-12"),
    ("tháng này", D(2026, 2, 6), "2026-02"),
    ("tháng trước", D(2026, 1, 10), "2025-12"),
    ("cuối năm nay", D(2026, 2, 6), "2026"),
    ("năm ngoái", D(2026, 2, 6), "2025"),
    ("năm 2025", D(2026, 2, 6), "2025"),
    ("ngày 24/6/1967", D(2026, 2, 6), "1967-06-24"),
    ("ngày 2 tháng 9 năm 1945", D(2025, 9, 2), "1945-09-02"),
    ("Thứ Sáu, 6/2", D(2026, 2, 6), "2026-02-06"),
    # a day and month without a year: the publication year, unless across a near year boundary
    ("ngày 28/12", D(2026, 1, 5), "2025-12-28"),
    ("ngày 3/1", D(2025, 12, 29), "2026-01-03"),
    ("từ ngày 20 đến 22/10", D(2026, 2, 6), "2026-10-20/2026-10-22"),
    ("quý I/2025", D(2025, 5, 1), "2025-01/2025-03"),
    ("6 tháng đầu năm 2025", D(2025, 7, 5), "2025-01/2025-06"),
    ("giai đoạn 2026-2030", D(2026, 2, 6), "2026/2030"),
    ("trước đó", D(2026, 2, 6), None),
]


@pytest.mark.parametrize(("expression", "published", "expected"), TABLE)
def test_resolution_table(expression: str, published: dt.date, expected: str | None) -> None:
    assert resolve_expression(expression, published) == expected


def test_precisions() -> None:
    found = tag_time_expressions("Ngày 6/2, hồi tháng 7/2024, năm 2025, tuần tới, trước đó", D(2026, 2, 6))
    assert [t.precision for t in found] == ["day", "month", "year", "range", "relative"]
    assert found[-1].attrs["anchor"] == "before"


def test_spans_point_into_the_text() -> None:
    text = "Lào (ngày 5/2) và Campuchia (6/2)"
    found = tag_time_expressions(text, D(2026, 2, 3))
    assert [text[t.start : t.end] for t in found] == ["ngày 5/2", "6/2"]
    assert [t.value for t in found] == ["2026-02-05", "2026-02-06"]


def test_not_time_expressions() -> None:
    ref = D(2026, 2, 6)
    for text in ("ngày nay", "tăng 6-2 lần", "tỷ lệ 6/2", "Trong 2 tháng qua", "Ngày 31/2"):
        assert all(t.value is None for t in tag_time_expressions(text, ref)), text


def test_without_a_publication_date_the_year_comes_from_the_text() -> None:
    text = "Kết luận Cuộc gặp tháng 2/2025 được triển khai. Ngày 6/2, hai bên gặp nhau."
    found = tag_time_expressions(text, None)
    day = next(t for t in found if t.attrs.get("kind") == "dm")
    assert day.value == "2026-02-06"
    assert day.attrs["inferred"] is True
    assert tag_time_expressions("Ngày 6/2, hai bên gặp nhau.", None)[0].value is None


def test_component_uses_the_reference_date() -> None:
    doc = make_document(Article(raw_text="Hôm qua, Thủ tướng tiếp Đại sứ.", published=D(2026, 3, 1)))
    doc = TimexTagger()(doc)
    assert [(t.value, t.precision) for t in doc.timexes] == [("2026-02-28", "day")]
    partial = make_document(Article(raw_text="Ngày 12/3, Bộ trưởng điện đàm.", date_hint="2025-03"))
    assert TimexTagger()(partial).timexes[0].value == "2025-03-12"


def test_same_day_takes_the_day_named_last() -> None:
    found = tag_time_expressions("Sáng 5/3, hai bên ký kết. Chiều cùng ngày, Thủ tướng tiếp Đại sứ.", D(2025, 3, 6))
    assert [(t.value, t.precision) for t in found] == [("2025-03-05", "day"), ("2025-03-05", "day")]
    assert found[1].attrs["anchor"] == "same"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789/-. ngàytháosánhiuôqmkđềưứcTN(),", max_size=40),
       st.dates(min_value=D(1990, 1, 1), max_value=D(2040, 12, 31)) | st.none())
def test_any_text_resolves_to_valid_iso_or_none(text: str, published: dt.date | None) -> None:
    for t in tag_time_expressions(text, published):
        assert 0 <= t.start < t.end <= len(text)
        if t.value is not None:
            for part in t.value.split("/"):
                assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", part), t.value
                if len(part) == 10:
                    dt.date.fromisoformat(part)


def test_without_a_publication_date_a_full_date_in_the_text_gives_the_nearest_year() -> None:
    text = "Ngày 14/7/2025, Bộ Ngoại giao cho biết, tối 13/7, hai Bộ trưởng đã gặp nhau. Ngày 2/8, hai bên ký."
    days = [t for t in tag_time_expressions(text, None) if t.attrs.get("kind") == "dm"]
    assert [t.value for t in days] == ["2025-07-13", "2025-08-02"]
    text = "Hôm 2/1/2026, Bộ trưởng cho biết ngày 28/12, hai bên đã điện đàm."
    day = next(t for t in tag_time_expressions(text, None) if t.attrs.get("kind") == "dm")
    assert day.value == "2025-12-28"
