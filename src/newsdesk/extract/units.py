"""Measurement units of figures, each word to one normalized symbol ("kilometres" → "km", "per cent" → "%"); the time
units make a duration ("three hours" → 3 h). Moved out of ``extract.figures`` unchanged (session 18), so ``naming`` can
read them too."""

from __future__ import annotations

# Measurement units → one normalized symbol. Time units make a duration ("three hours" → 3 h).
UNITS = {
    "km": "km",
    "kilometre": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometers": "km",
    "mile": "mi",
    "miles": "mi",
    "metre": "m",
    "metres": "m",
    "meter": "m",
    "meters": "m",
    "kg": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "tonne": "t",
    "tonnes": "t",
    "ton": "t",
    "tons": "t",
    "%": "%",
    "percent": "%",
    "per cent": "%",
    "hour": "h",
    "hours": "h",
    "minute": "min",
    "minutes": "min",
    "second": "s",
    "seconds": "s",
    "day": "d",
    "days": "d",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
}
TIME_UNITS = {"h", "min", "s", "d", "week", "month", "year"}
