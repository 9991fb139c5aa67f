"""Property-based tests: a number written in any Vietnamese way reads back to
itself; garbage never crashes the parser or the scanner."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vnewsgraph.nlp.numbers import find_quantities, parse_number

DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def vi_digits(n: int) -> str:
    """20000 -> "20.000"."""
    return f"{n:,}".replace(",", ".")


def vi_decimal(n: int, cents: int) -> str:
    """(1234, 5) -> "1.234,05"."""
    return f"{vi_digits(n)},{cents:02d}"


def words_below_1000(n: int, full: bool) -> list[str]:
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    out: list[str] = []
    if hundreds or full:
        out += [DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            if out:
                out.append("linh")
            out.append(DIGITS[units])
    elif tens == 1:
        out.append("mười")
        if units:
            out.append("lăm" if units == 5 else DIGITS[units])
    else:
        out += [DIGITS[tens], "mươi"]
        if units:
            out.append({1: "mốt", 5: "lăm", 4: "tư"}.get(units, DIGITS[units]))
    return out


def vi_words(n: int) -> str:
    """Spell 1 <= n < 10^12 the way Vietnamese writes it."""
    out: list[str] = []
    for scale, word in ((10**9, "tỷ"), (10**6, "triệu"), (10**3, "nghìn"), (1, "")):
        group, n = divmod(n, scale)
        if group:
            out += words_below_1000(group, full=bool(out))
            if word:
                out.append(word)
    return " ".join(out)


def vi_scaled(n: int) -> str:
    """1200000 -> "1 triệu 200 nghìn"; 11330000000 -> "11 tỷ 330 triệu"."""
    out: list[str] = []
    for scale, word in ((10**9, "tỷ"), (10**6, "triệu"), (10**3, "nghìn"), (1, "")):
        group, n = divmod(n, scale)
        if group:
            out.append(str(group))
            if word:
                out.append(word)
    return " ".join(out)


@settings(deadline=None)  # the machine is shared: no flaky timing failures
@given(st.integers(min_value=0, max_value=10**15))
def test_thousands_dots_read_back(n: int) -> None:
    assert parse_number(vi_digits(n)) == n


@settings(deadline=None)  # the machine is shared: no flaky timing failures
@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_decimal_comma_reads_back(n: int, cents: int) -> None:
    value = parse_number(vi_decimal(n, cents))
    assert value is not None
    assert abs(value - (n + cents / 100)) < 1e-6 * max(1, n)


@settings(deadline=None)  # the machine is shared: no flaky timing failures
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=99),
       st.sampled_from([("nghìn", 10**3), ("triệu", 10**6), ("tỷ", 10**9)]))
def test_scale_words_read_back(n: int, cents: int, scale: tuple[str, int]) -> None:
    word, factor = scale
    text = f"{n},{cents:02d} {word}" if cents else f"{n} {word}"
    value = parse_number(text)
    assert value is not None
    assert abs(value - (n + cents / 100) * factor) < 1e-6 * factor * n


@settings(deadline=None)  # the machine is shared: no flaky timing failures
@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_mixed_scales_read_back(n: int) -> None:
    assert parse_number(vi_scaled(n)) == n


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_number_words_read_back(n: int) -> None:
    assert parse_number(vi_words(n)) == n, vi_words(n)


@settings(deadline=None)  # the machine is shared: no flaky timing failures
@given(st.text(max_size=60))
def test_garbage_never_crashes(text: str) -> None:
    value = parse_number(text)
    assert value is None or isinstance(value, float)
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)


@settings(deadline=None)  # the machine is shared: no flaky timing failures
@given(st.lists(st.sampled_from(
    ["1", "20.000", "11,33", "tỷ", "triệu", "nghìn", "USD", "%", "hai", "mươi", "năm", "tăng", "hơn", "khoảng",
     "đồng", "người", "/", "-", ",", ".", "tấn", "lần", "gấp", "từ", "đến", "(", ")", "2025", "thứ", "số"]),
    max_size=20))
def test_number_like_garbage_never_crashes(words: list[str]) -> None:
    text = " ".join(words)
    parse_number(text)
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        assert q.unit


@settings(deadline=None)  # the machine is shared: no flaky timing failures
@given(st.integers(min_value=1, max_value=400), st.sampled_from(["", " tỷ", " nghìn tỷ USD", " tỷ tỷ đồng"]))
def test_huge_numbers_stay_finite(digits: int, tail: str) -> None:
    text = "9" * digits + tail
    value = parse_number(text.replace(" USD", "").replace(" đồng", ""))
    assert value is None or value < float("inf")
    for q in find_quantities(text):
        assert q.value < float("inf")
