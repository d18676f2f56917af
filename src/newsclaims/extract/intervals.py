"""Calendar intervals of TIMEX3 values: ``2025-08`` is 2025-08-01 to 2025-08-31 (month)."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from newsclaims.model import Interval

_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def interval(value: str | None) -> Interval | None:
    """The days a DATE or TIME value covers, or None (durations, vague or unresolved values)."""
    if not value or "X" in value:
        return None
    try:
        return _interval(value)
    except ValueError:
        return None


def _interval(value: str) -> Interval | None:
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(T.*)?", value):
        day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return Interval(day, day, "day", value)
    if m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value):
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        if m.group(3):
            return Interval(
                monday + timedelta(days=5), monday + timedelta(days=6), "weekend", value
            )
        return Interval(monday, monday + timedelta(days=6), "week", value)
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        year, month = int(m.group(1)), int(m.group(2))
        return Interval(date(year, month, 1), _month_end(year, month), "month", value)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        year, quarter = int(m.group(1)), int(m.group(2))
        first = 3 * quarter - 2
        return Interval(date(year, first, 1), _month_end(year, first + 2), "quarter", value)
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        year = int(m.group(1))
        first, last = _SEASONS[m.group(2)]
        end_year, end_month = (year + 1, last - 12) if last > 12 else (year, last)
        return Interval(date(year, first, 1), _month_end(end_year, end_month), "season", value)
    if m := re.fullmatch(r"\d{4}", value):
        year = int(value)
        return Interval(date(year, 1, 1), date(year, 12, 31), "year", value)
    if m := re.fullmatch(r"\d{3}", value):
        decade = int(value) * 10
        return Interval(date(decade, 1, 1), date(decade + 9, 12, 31), "decade", value)
    if m := re.fullmatch(r"\d{2}", value):
        century = int(value) * 100
        return Interval(date(max(century, 1), 1, 1), date(century + 99, 12, 31), "century", value)
    return None
