"""Publication dates as sources state them: ISO, ``dd/mm/yyyy``, epoch seconds.

``parse_published`` returns ``(date, hint)``: a full date, or only a
``YYYY-MM`` hint when the source gives year and month; ``(None, None)``
when nothing valid is stated.  Nothing is guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

VIETNAM_TZ = dt.timezone(dt.timedelta(hours=7))
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T\s].*)?$")
_DMY = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T.*)?$")


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_hint(year: int, month: int) -> str | None:
    return f"{year:04d}-{month:02d}" if 1 <= month <= 12 and 1900 <= year <= 2200 else None


def parse_published(value: Any) -> tuple[dt.date | None, str | None]:
    """(published date, "YYYY-MM" hint) from a stated value; both None when it is not a date."""
    if isinstance(value, bool) or value is None:
        return None, None
    if isinstance(value, (int, float)):
        seconds = float(value) / 1000 if value > 1e11 else float(value)  # milliseconds
        if not 0 < seconds < 7_258_118_400:  # before 2200
            return None, None
        stamp = dt.datetime.fromtimestamp(seconds, tz=VIETNAM_TZ).date()
        return stamp, stamp.isoformat()[:7]
    if not isinstance(value, str):
        return None, None
    text = value.strip()[:64]
    m = _ISO.match(text)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        if m.group(3):
            day = _date(year, month, int(m.group(3)))
            return (day, day.isoformat()[:7]) if day else (None, None)
        return None, _month_hint(year, month)
    m = _COMPACT.match(text)
    if m:
        day = _date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return (day, day.isoformat()[:7]) if day else (None, None)
    m = _DMY.search(text)
    if m:  # Vietnamese order: day/month/year
        day = _date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return (day, day.isoformat()[:7]) if day else (None, None)
    return None, None
