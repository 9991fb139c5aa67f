"""Periods resolved against a reference (publication) date."""

from __future__ import annotations

import datetime as dt

import pytest

from vnewsgraph.nlp.periods import comparison_reference, find_periods, previous_period, shift_years

REF = dt.date(2026, 10, 15)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Xuất khẩu gạo 9 tháng đầu năm ước đạt", "2026-01/2026-09"),
        ("trong 6 tháng đầu năm 2025", "2025-01/2025-06"),
        ("6 tháng cuối năm", "2026-07/2026-12"),
        ("quý I/2026", "2026-01/2026-03"),
        ("GDP quý III tăng", "2026-07/2026-09"),
        ("quý IV năm 2025", "2025-10/2025-12"),
        ("quý đầu năm 2025", "2025-01/2025-03"),
        ("trong tháng 10", "2026-10"),
        ("tháng 11", "2025-11"),  # not come yet in 2026 -> last year
        ("tháng 10/2025", "2025-10"),
        ("tháng 3 năm 2024", "2024-03"),
        ("trong năm 2025", "2025"),
        ("cả năm nay", "2026"),
        ("năm ngoái", "2025"),
        ("giai đoạn 2021-2025", "2021/2025"),
        ("từ đầu năm đến nay", "2026-01/2026-10"),
        ("nửa đầu năm nay", "2026-01/2026-06"),
        ("ngày 20/9", "2026-09-20"),
        ("từ tháng 1 đến tháng 8/2026", "2026-01/2026-08"),
        ("đến năm 2030", "2030"),
    ],
)
def test_find_periods(text: str, value: str) -> None:
    found = [p.value for p in find_periods(text, REF)]
    assert found == [value]


def test_no_reference_date_leaves_relative_periods_unresolved() -> None:
    assert [p.value for p in find_periods("9 tháng đầu năm", None)] == [None]
    assert [p.value for p in find_periods("năm 2025", None)] == ["2025"]


def test_dates_and_names_are_not_periods() -> None:
    assert find_periods("thiết lập quan hệ ngoại giao 24/6/1967", REF) == []
    assert find_periods("Đại hội 14 của Đảng, Quốc lộ 1A", REF) == []


def test_comparison_is_flagged_as_reference() -> None:
    text = "tăng gần 12% so với cùng kỳ năm 2024"
    (p,) = find_periods(text, REF)
    assert p.value == "2024" and p.is_reference


@pytest.mark.parametrize(
    ("after", "base", "reference"),
    [
        (" so với 2024)", "2025", "2024"),
        (" so với năm 2024.", "2025", "2024"),
        (" so với cùng kỳ năm 2024", "2025", "2024"),
        (" so với cùng kỳ năm trước", "2026-01/2026-09", "2025-01/2025-09"),
        (" so với cùng kỳ", "2026-01/2026-09", "2025-01/2025-09"),
        (" so với năm trước", "2025", "2024"),
        (" so với tháng trước", "2026-09", "2026-08"),
        (" so với quý trước", "2026-07/2026-09", "2026-04/2026-06"),
        (" so với kế hoạch", None, "plan"),
        (", cao nhất từ trước đến nay", "2025", None),
    ],
)
def test_comparison_reference(after: str, base: str | None, reference: str | None) -> None:
    assert comparison_reference(after, 0, base, REF)[0] == reference


def test_shifts() -> None:
    assert shift_years("2025-01/2025-09", -1) == "2024-01/2024-09"
    assert shift_years(None, -1) is None
    assert previous_period("2026-01", "tháng") == "2025-12"
    assert previous_period("2026-01/2026-03", "quý") == "2025-10/2025-12"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Trong năm, kim ngạch đạt 5 tỷ USD", ["2026"]),
        ("Năm qua, xuất khẩu tăng mạnh", ["2026"]),  # late in the year: the year now ending
        ("cả năm có thể vượt 5,7 tỷ USD", ["2026"]),
        ("trong 10 năm qua, hai nước", []),
        ("trong 2 năm tới", []),
        ("Xuất khẩu cao su 8 tháng đạt 2,3 tỷ USD", ["2026-01/2026-08"]),
        ("sau 3 tháng, dự án hoàn thành", []),
    ],
)
def test_bare_year_words(text: str, values: list[str]) -> None:
    assert [p.value for p in find_periods(text, REF)] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("đón 1,7 triệu lượt khách trong tháng 9, tăng 5%", "2026-09"),  # a comma after the month
        ("giải ngân đến hết tháng 8/2026 đạt", "2026-01/2026-08"),  # through the end of a month: year to date
        ("Từ tháng 11/2020, EU đã cử", None),  # where a span starts, not a period
        ("kể từ năm 2019 đến nay", None),
    ],
)
def test_month_edges_and_starting_points(text: str, value: str | None) -> None:
    found = find_periods(text, REF)
    assert found and found[0].value == value


def test_compared_with_the_end_of_a_year() -> None:
    for text, value in (("tăng 13,4% so với cuối năm 2025", "2025-12"), ("tăng 2% so với đầu năm nay", "2026-01")):
        assert comparison_reference(text, text.index("%") + 1, None, REF)[0] == value
