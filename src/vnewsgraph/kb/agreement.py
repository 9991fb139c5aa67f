"""Do several sources' values of one figure agree, given their qualifiers?

Each value becomes the interval of true values it allows: an exact value is
its rounding interval (11,7 -> [11,65; 11,75]; 11,33 tỷ -> ±5 triệu), an
approximate one ("khoảng", "gần") ±5 %, "hơn"/"trên" a lower bound, "dưới" an
upper bound.  The sources agree when all their intervals share a point.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

APPROX = 0.05
ROUNDING_CAP = 0.025


def rounding(value: float) -> float:
    """Half a unit of the last significant digit written (11.7 -> 0.05, 11330000000 -> 5000000)."""
    if value == 0 or not math.isfinite(value):
        return 0.0
    try:
        exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
    except InvalidOperation:
        return 0.0
    if not isinstance(exponent, int):
        return 0.0
    return 0.5 * 10.0**exponent


def interval(value: float, qualifier: str | None) -> tuple[float, float]:
    # Trailing zeros are ambiguous ("100" may be exact): rounding allows at most ROUNDING_CAP.
    tol = min(rounding(value), abs(value) * ROUNDING_CAP)
    q = (qualifier or "exact").lower()
    if q == "approx":
        spread = abs(value) * APPROX
        return value - spread, value + spread
    slack = abs(value) * 1e-9
    if q == "over":  # "hơn 11,7%" allows 11,7 itself and anything above
        return value - slack, math.inf
    if q == "under":
        return -math.inf, value + slack
    return value - tol - slack, value + tol + slack


def agreement_of(values: Sequence[tuple[float, str | None]]) -> str:
    """``single`` for one source, else ``agree`` or ``conflict``."""
    if len(values) <= 1:
        return "single"
    lo, hi = -math.inf, math.inf
    for value, qualifier in values:
        a, b = interval(float(value), qualifier)
        lo, hi = max(lo, a), min(hi, b)
    return "agree" if lo <= hi else "conflict"
