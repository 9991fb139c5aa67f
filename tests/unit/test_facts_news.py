"""Figures from other economic and disaster news (sentences written for these
tests, in the style of Vietnamese outlets): value, unit, qualifier, kind,
period and change of each."""

from __future__ import annotations

import datetime as dt

import pytest

from vnewsgraph.extract.facts import FactExtractor
from vnewsgraph.model import Article, Fact
from vnewsgraph.nlp.pipeline import make_document
from vnewsgraph.nlp.sentences import SentenceSplitter
from vnewsgraph.nlp.tokens import Tokenizer

PUBLISHED = dt.date(2026, 10, 6)


def facts_of(text: str, published: dt.date | None = PUBLISHED) -> list[Fact]:
    doc = make_document(Article(raw_text=text, published=published))
    doc = Tokenizer()(SentenceSplitter()(doc))
    return FactExtractor()(doc).facts


def row(f: Fact) -> tuple[float, str, str, str, str | None]:
    return (pytest.approx(f.value), f.unit, f.qualifier, f.kind, f.period)  # type: ignore[return-value]


def test_bank_credit_growth_since_the_end_of_last_year() -> None:
    (credit,) = facts_of("Tính đến ngày 30/9/2026, tín dụng toàn hệ thống đạt khoảng 17,5 triệu tỷ đồng, "
                         "tăng 13,4% so với cuối năm 2025.")
    assert row(credit) == (1.75e16, "VND", "approx", "actual", "2026-01/2026-09")
    assert credit.change and (credit.change.value, credit.change.direction) == (13.4, "up")
    assert credit.change.reference == "2025-12"
    assert credit.indicator == "tín dụng toàn hệ thống"


def test_cpi_month_and_nine_months() -> None:
    month, ytd = facts_of("Chỉ số giá tiêu dùng (CPI) tháng 9/2026 tăng 0,42% so với tháng trước; "
                          "bình quân 9 tháng năm 2026, CPI tăng 3,27% so với cùng kỳ.")
    assert row(month) == (0.42, "%", "exact", "actual", "2026-09")
    assert row(ytd) == (3.27, "%", "exact", "actual", "2026-01/2026-09")
    assert month.indicator == "chỉ số giá tiêu dùng"


def test_state_budget_revenue_estimate_and_share_of_the_plan() -> None:
    revenue, share = facts_of("Tổng thu ngân sách nhà nước 9 tháng ước đạt 1,75 triệu tỷ đồng, bằng 89,2% dự toán năm.")
    assert row(revenue) == (1.75e15, "VND", "exact", "actual", "2026-01/2026-09")  # "ước đạt": an estimate, exact
    assert row(share) == (89.2, "%", "exact", "actual", "2026-01/2026-09")
    assert revenue.indicator == "tổng thu ngân sách nhà nước"
    assert share.indicator == "tổng thu ngân sách nhà nước so với dự toán năm"


def test_public_investment_disbursement_to_the_end_of_a_month() -> None:
    amount, share = facts_of("Giải ngân vốn đầu tư công đến hết tháng 8/2026 đạt hơn 409.000 tỷ đồng, "
                             "bằng 46,3% kế hoạch Thủ tướng giao.")
    assert row(amount) == (4.09e14, "VND", "over", "actual", "2026-01/2026-08")
    assert row(share) == (46.3, "%", "exact", "actual", "2026-01/2026-08")
    assert amount.indicator == "giải ngân vốn đầu tư công"


def test_stock_index_points_and_turnover() -> None:
    index, turnover = facts_of("Kết phiên, VN-Index tăng 12,5 điểm lên 1.685,3 điểm; "
                               "thanh khoản trên sàn HoSE đạt gần 25.000 tỷ đồng.")
    assert row(index) == (1685.3, "điểm", "exact", "actual", None)
    assert index.change and (index.change.value, index.change.unit, index.change.direction) == (12.5, "điểm", "up")
    assert row(turnover) == (2.5e13, "VND", "approx", "actual", None)
    # "điểm" without an index nearby is not a unit: a joint statement's points, an exam score.
    assert facts_of("Hai bên ra Tuyên bố chung 12 điểm; thí sinh đạt 27 điểm được tuyển thẳng.") == []


def test_rice_price_range_per_tonne() -> None:
    (price,) = facts_of("Giá gạo 5% tấm của Việt Nam được chào bán ở mức 372 - 376 USD/tấn, "
                        "giảm 5 USD so với tuần trước.")
    assert row(price) == (372, "USD/t", "exact", "actual", None)
    assert price.attrs["high"] == 376
    assert price.change and (price.change.value, price.change.direction) == (5, "down")


def test_coffee_and_shrimp_prices() -> None:
    coffee, shrimp = facts_of("Giá cà phê robusta xuất khẩu hiện ở mức 4.520 USD/tấn, trong khi giá tôm thẻ "
                              "nguyên liệu dao động 95.000 đồng/kg.")
    assert row(coffee) == (4520, "USD/t", "exact", "actual", None)
    assert row(shrimp) == (95000, "VND/kg", "exact", "actual", None)
    assert (coffee.indicator, shrimp.indicator) == ("giá cà phê robusta xuất khẩu", "giá tôm thẻ nguyên liệu")


def test_power_plant_capacity_and_yearly_output() -> None:
    capacity, output = facts_of("Nhà máy điện gió có công suất 600 MW, mỗi năm cung cấp khoảng 1,8 tỷ kWh điện "
                                "cho lưới điện quốc gia.")
    assert row(capacity) == (600, "MW", "exact", "actual", None)
    assert row(output) == (1.8e9, "kWh", "approx", "actual", None)
    assert capacity.indicator == "công suất của nhà máy điện gió"
    assert output.indicator == "cung cấp điện"


def test_industrial_park_area_and_planned_capital() -> None:
    area, capital = facts_of("Dự án khu công nghiệp có diện tích 450 ha, tổng vốn đầu tư dự kiến 3.200 tỷ đồng, "
                             "sẽ hoàn thành vào năm 2028.")
    assert row(area) == (450, "ha", "exact", "actual", None)
    assert row(capital) == (3.2e12, "VND", "exact", "forecast", None)  # the year of completion is not its period
    assert area.indicator == "diện tích của dự án khu công nghiệp"


def test_storm_casualties_and_damage() -> None:
    dead, missing, houses, damage = facts_of("Bão số 3 đã làm 12 người chết, 5 người mất tích, hơn 3.000 ngôi nhà "
                                             "bị tốc mái; thiệt hại ước tính khoảng 1.200 tỷ đồng.")
    assert row(dead) == (12, "count:người", "exact", "actual", None)
    assert row(missing) == (5, "count:người", "exact", "actual", None)
    assert row(houses) == (3000, "count:ngôi nhà", "over", "actual", None)
    assert row(damage) == (1.2e12, "VND", "approx", "actual", None)
    assert (dead.indicator, missing.indicator, damage.indicator) == ("người chết", "người mất tích", "thiệt hại")


def test_sports_prize_money() -> None:
    winner, runner_up = facts_of("Đội tuyển vô địch nhận tiền thưởng 1 triệu USD, trong khi đội á quân "
                                 "được thưởng 500.000 USD.")
    assert row(winner) == (1e6, "USD", "exact", "actual", None)
    assert row(runner_up) == (5e5, "USD", "exact", "actual", None)
    assert winner.indicator == "tiền thưởng của đội tuyển vô địch"


def test_seafood_forecast_and_target_for_the_year() -> None:
    output, exports = facts_of("Sản lượng thủy sản năm 2026 dự kiến đạt 9,8 triệu tấn; "
                               "xuất khẩu thủy sản phấn đấu đạt 10 tỷ USD.")
    assert row(output) == (9.8e6, "t", "exact", "forecast", "2026")
    assert row(exports) == (1e10, "USD", "exact", "target", "2026")


def test_fuel_price_cut_to_a_level() -> None:
    (price,) = facts_of("Giá xăng RON95 giảm 320 đồng/lít, xuống còn 20.150 đồng/lít từ 15 giờ chiều nay.")
    assert row(price) == (20150, "VND/l", "exact", "actual", None)
    assert price.change and (price.change.value, price.change.direction) == (320, "down")


# ------------------------------------------------------------------ general causes of the dev misses


def test_a_month_followed_by_a_comma_is_the_figures_period() -> None:
    (arrivals,) = facts_of("Việt Nam đón 1,73 triệu lượt khách quốc tế trong tháng 10, mức cao nhất "
                           "lịch sử, và tăng gần 14% so với tháng trước.", dt.date(2025, 11, 6))
    assert (arrivals.value, arrivals.period, arrivals.indicator) == (1.73e6, "2025-10", "lượt khách quốc tế")
    growth = arrivals.change
    assert growth and (growth.value, growth.qualifier, growth.reference) == (14, "approx", "2025-09")


def test_since_a_month_is_not_a_period() -> None:
    (officers,) = facts_of("Từ tháng 11/2020, EU đã cử 3 lượt sĩ quan đến làm việc tại Hà Nội.")
    assert (officers.value, officers.unit, officers.period) == (3, "count:lượt", None)


def test_a_multiple_after_growth_words() -> None:
    bd, my = facts_of("Thị trường Bangladesh ghi nhận mức tăng trưởng ấn tượng 164,7 lần, "
                      "trong khi thị trường Malaysia giảm mạnh 55,1%.")
    assert (bd.value, bd.unit, bd.qualifier) == (164.7, "times", "exact")
    assert (my.value, my.unit, my.indicator) == (55.1, "%", "thị trường Malaysia")
    # "lần" as occasions: "đã tổ chức được 03 lần" counts; "lần thứ 3" does not.
    (held,) = facts_of("Đối thoại đã tổ chức được 03 lần, lần thứ 3 vào tháng 5/2023.")
    assert (held.value, held.unit) == (3, "count:lần")


def test_official_two_digit_counts_and_population() -> None:
    fdi, capital = facts_of("Trong đó có 05 dự án FDI với số vốn 54.000 tỷ đồng.")
    assert (fdi.value, fdi.unit, fdi.indicator) == (5, "count:dự án", "dự án FDI")
    assert capital.value == 5.4e13
    area, people = facts_of("Tỉnh mới có diện tích 13.800 km2, dân số 1,86 triệu người.")
    assert (area.value, area.unit, area.indicator) == (13800, "km2", "diện tích của tỉnh mới")
    assert (people.value, people.unit, people.indicator) == (1.86e6, "count:người", "dân số")
    assert facts_of("Gọi số 0912345678 để được hỗ trợ.") == []


def test_counted_places_after_an_acronym_and_listed_by_name() -> None:
    (provinces,) = facts_of("Công bố quyết định của UBND 23 tỉnh, thành phố sau sáp nhập.")
    assert (provinces.value, provinces.unit) == (23, "count:tỉnh")
    cities, amount = facts_of("Ba tỉnh và 3 thành phố Hải Phòng, Huế, Đà Nẵng mỗi địa phương nhận 10 tỷ đồng.")
    assert (cities.value, cities.unit) == (3, "count:thành phố")
    assert amount.value == 1e10
    assert facts_of("Hai nước nhất trí tăng cường hợp tác giữa 2 tỉnh biên giới.") == []


def test_the_same_period_of_another_year() -> None:
    now, then = facts_of("GDP 9 tháng năm 2025 ước tăng 7,85% so với cùng kỳ năm trước, chỉ thấp hơn tốc độ "
                         "tăng 9,44% của cùng kỳ năm 2022.", dt.date(2025, 10, 6))
    assert (now.value, now.qualifier, now.period) == (7.85, "exact", "2025-01/2025-09")
    assert (then.value, then.period) == (9.44, "2022-01/2022-09")


def test_a_figure_opening_its_sentence_takes_a_later_year() -> None:
    (sites,) = facts_of("26 di sản mới được công nhận năm 2025 phản ánh chiều sâu văn hóa nhân loại.",
                        dt.date(2025, 7, 20))
    assert (sites.value, sites.unit, sites.period) == (26, "count:di sản", "2025")
    # …but a later year the figure does not open is not its period.
    (firms,) = facts_of("Công ty có 120 lao động, được thành lập năm 2015.", dt.date(2025, 7, 20))
    assert firms.period is None
