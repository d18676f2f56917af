"""Quantities stage: every figure with its value, bound, unit, what it counts and its measure.

Recognition is a pattern over the text (digits, spelled-out numbers, scale words, currency
signs, percent, ranges, bound words); the parse then gives the counted noun, the unit and the
verb or noun that says what is measured ("died" -> killed, "a deployment of" -> deployed).
Not figures: ordinals, years and other parts of time expressions (the time stage owns them;
durations are kept as quantities with a time unit), phone numbers, codes and names ("G7").

Output: ``doc.spans["newsclaims_quantities"]`` and ``doc._.newsclaims_quantities``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsclaims.extract.guard import guarded
from newsclaims.extract.spans import char_spans, doc_text

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12, "a hundred": 100,
    "hundred": 100, "a thousand": 1000, "half": 0.5, "a half": 0.5, "a third": 1 / 3,
    "a quarter": 0.25, "two-thirds": 2 / 3, "three-quarters": 0.75,
}  # fmt: skip
#: Fractions in words: "one fourth", "a fifth", "two-thirds", "three tenths".
_DENOMINATORS = {"third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10}  # fmt: skip
for _den, _d in _DENOMINATORS.items():
    for _num in ("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"):
        _n = 1 if _num in ("a", "one") else SMALL[_num]
        if _n >= _d:
            continue
        for _sep in (" ", "-"):
            SMALL.setdefault(f"{_num}{_sep}{_den}{'' if _n == 1 else 's'}", _n / _d)
#: A fraction whose last word is also an ordinal ("a third term"): a figure only before "of".
_ORDINAL_FRACTION = re.compile(rf"(?:{'|'.join(_DENOMINATORS)})$", re.IGNORECASE)
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mn": 1e6, "bn": 1e9, "m": 1e6, "b": 1e9, "k": 1e3, "tn": 1e12,
}  # fmt: skip
#: Plural scale words used alone: "hundreds" is at least 200, approximately.
VAGUE_PLURALS = {
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "thousands": 2000,
    "millions": 2e6,
    "billions": 2e9,
    "tens of thousands": 2e4,
    "hundreds of thousands": 2e5,
    "tens of millions": 2e7,
    "hundreds of millions": 2e8,
    "tens of billions": 2e10,
    "hundreds of billions": 2e11,
}
CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW"}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR",
    "rupees": "INR", "won": "KRW", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB",
    "roubles": "RUB", "franc": "CHF", "francs": "CHF", "ringgit": "MYR", "peso": "MXN",
    "pesos": "MXN", "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY",
}  # fmt: skip
UNITS = {
    "percent": "percent", "per cent": "percent", "%": "percent",
    "percentage point": "percentage point", "percentage points": "percentage point",
    "second": "second", "minute": "minute",
    "hour": "hour", "day": "day", "week": "week", "month": "month", "year": "year",
    "decade": "decade", "km": "kilometre", "kilometre": "kilometre", "kilometer": "kilometre",
    "mile": "mile", "metre": "metre", "meter": "metre", "m": "metre", "cm": "centimetre",
    "mm": "millimetre", "foot": "foot", "feet": "foot", "ft": "foot", "inch": "inch",
    "yard": "yard", "kg": "kilogram", "kilogram": "kilogram", "gram": "gram", "g": "gram",
    "tonne": "tonne", "ton": "tonne", "lb": "pound (mass)", "mph": "mile per hour",
    "km/h": "kilometre per hour", "acre": "acre", "hectare": "hectare", "litre": "litre",
    "liter": "litre", "gallon": "gallon", "barrel": "barrel", "degree": "degree",
    "square mile": "square mile", "square kilometre": "square kilometre", "point": "point",
    "vote": "vote", "seat": "seat", "hp": "horsepower", "bhp": "horsepower",
    "horsepower": "horsepower", "hz": "hertz", "khz": "kilohertz", "mhz": "megahertz",
    "ghz": "gigahertz", "rpm": "revolutions per minute", "ppb": "parts-per-billion",
    "ppm": "parts-per-million", "mah": "milliampere-hour", "gb": "gigabyte", "mb": "megabyte",
    "tb": "terabyte", "kb": "kilobyte", "kw": "kilowatt", "mw": "megawatt", "gw": "gigawatt",
    "w": "watt", "watt": "watt", "kwh": "kilowatt hour", "v": "volt", "volt": "volt",
    "h": "hour", "hr": "hour", "min": "minute", "celsius": "degree celsius",
    "fahrenheit": "degree fahrenheit", "sq ft": "square foot",
    "mg": "milligram", "milligram": "milligram", "microgram": "microgram", "mcg": "microgram",
    "µg": "microgram", "nanometre": "nanometre", "nanometer": "nanometre",
    "micrometre": "micrometre", "micrometer": "micrometre", "micron": "micrometre",
    "μm": "micrometre", "µm": "micrometre", "mpa": "megapascal", "megapascal": "megapascal",
    "kpa": "kilopascal", "psi": "pound per square inch", "ksi": "kilopound per square inch",
    "gwh": "gigawatt hour", "mwh": "megawatt hour", "twh": "terawatt hour",
    "kilowatt": "kilowatt", "megawatt": "megawatt", "gigawatt": "gigawatt",
    "kilowatt hour": "kilowatt hour", "megawatt hour": "megawatt hour",
    "gigawatt hour": "gigawatt hour", "kilovolt": "kilovolt", "kv": "kilovolt",
    "mmbtu": "million british thermal unit", "sq m": "square metre", "sq km": "square kilometre",
    "sq mi": "square mile", "square metre": "square metre", "square meter": "square metre",
    "square foot": "square foot", "square feet": "square foot",
    "square kilometer": "square kilometre",
    "cubic foot": "cubic foot", "cubic feet": "cubic foot", "cubic metre": "cubic metre",
    "cubic meter": "cubic metre", "pound-foot": "pound-foot", "pound-feet": "pound-foot",
    "lb-ft": "pound-foot", "mpg": "mile per gallon", "miles per gallon": "mile per gallon",
    "m.p.h": "mile per hour", "miles per hour": "mile per hour",
    "kilometres per hour": "kilometre per hour", "kilometers per hour": "kilometre per hour",
    "basis point": "basis point", "basis points": "basis point", "bps": "basis point",
    "bp": "basis point", "parts per million": "parts-per-million",
    "parts per billion": "parts-per-billion", "ml": "millilitre", "millilitre": "millilitre",
    "milliliter": "millilitre", "knot": "knot", "nautical mile": "nautical mile",
    "ounce": "ounce", "oz": "ounce", "carat": "carat", "ms": "millisecond",
    "millisecond": "millisecond", "gbps": "gigabit per second", "mbps": "megabit per second",
    "megabyte": "megabyte", "gigabyte": "gigabyte", "terabyte": "terabyte",
    "kilometres": "kilometre", "degrees celsius": "degree celsius",
    "degrees fahrenheit": "degree fahrenheit", "decibel": "decibel", "db": "decibel",
    "°c": "degree celsius", "°f": "degree fahrenheit",
    # repetitions and multiples: "orbited 3,200 times", "four times the number"
    "times": "count",
}  # fmt: skip
#: Units whose meaning depends on case ("450 Nm" of torque, a "7 nm" chip process).
CASED_UNITS = {"Nm": "newton metre", "nm": "nanometre", "p": "penny", "C": "degree celsius"}
#: Brake horsepower is not horsepower.
UNITS["bhp"] = "brake horsepower"
#: Units of several words or with inner punctuation, matched on the text after the number.
_UNIT_PHRASE = re.compile(
    r"[\s-]*(?P<unit>"
    + "|".join(
        sorted(
            (
                re.escape(u).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
                for u in UNITS
                if " " in u or "-" in u or "." in u
            ),
            key=len,
            reverse=True,
        )
    )
    + r")(?![\w])",
    re.IGNORECASE,
)


def _phrase_key(text: str) -> str:
    return re.sub(r"[\s-]+", " ", text.lower())


_PHRASE_UNITS = {_phrase_key(u): name for u, name in UNITS.items()}
#: Units that may be written right after the digits ("1.5mm", "54GB", "5kW").
_ATTACHED = (
    r"(mm|cm|km|m|kg|g|lb|lbs|ft|mph|hp|bhp|hz|khz|mhz|ghz|gb|mb|tb|kb|kw|mw|gw|w|kwh|v|mah|ppb"
    r"|ppm|rpm|s|h|min|mg|nm|Nm|μm|µm|mpa|ksi|psi|gwh|mwh|twh|kv|ml|ms|mpg|gbps|mbps|p|°c|°f)\b"
)
ATTACHED_UNITS = re.compile(_ATTACHED, re.IGNORECASE)
APPROX = (
    "about",
    "around",
    "roughly",
    "some",
    "nearly",
    "almost",
    "approximately",
    "an estimated",
    "estimated",
    "circa",
    "close to",
    "an approximate",
    "approx.",
)
MORE_THAN = ("more than", "over", "above", "in excess of", "upwards of", "exceeding")
AT_LEAST = ("at least", "no fewer than", "no less than", "a minimum of")
LESS_THAN = ("less than", "fewer than", "under", "below", "just under")
AT_MOST = ("up to", "at most", "no more than", "a maximum of", "as many as", "as much as")
BOUNDS = {
    **dict.fromkeys(APPROX, "approx"),
    **dict.fromkeys(MORE_THAN, "more_than"),
    **dict.fromkeys(AT_LEAST, "at_least"),
    **dict.fromkeys(LESS_THAN, "less_than"),
    **dict.fromkeys(AT_MOST, "at_most"),
}
#: Measures, from the lemma of the verb or noun that governs a figure.
MEASURES = {
    **dict.fromkeys("die kill death dead fatality killing perish slay".split(), "killed"),
    **dict.fromkeys("wound injure injury hurt".split(), "wounded"),
    **dict.fromkeys("casualty casualties".split(), "casualties"),
    **dict.fromkeys("deploy deployment send dispatch station".split(), "deployed"),
    **dict.fromkeys("arrest detain detention".split(), "arrested"),
    **dict.fromkeys("displace flee evacuate refugee".split(), "displaced"),
    **dict.fromkeys("miss missing".split(), "missing"),
    **dict.fromkeys("spend cost pay budget".split(), "spent"),
    **dict.fromkeys("participate participation".split(), "participated"),
}  # fmt: skip
#: Nouns that, counted at a gathering, give its size: "20,000 people took part", "5,000
#: protesters marched" and "estimated the crowd at 8,000" count the same thing.
CROWD_WORDS = frozenset(
    {"crowd", "people", "protesters", "demonstrators", "marchers", "participants", "attendees"}
)
#: Verbs of taking part in a gathering (their measure is ``participated`` for a crowd).
GATHERING_VERBS = frozenset({"march", "rally", "protest", "demonstrate", "attend", "gather"})
#: Nouns that stand for an earlier figure ("put the figure at 900", "the total").
FIGURE_WORDS = frozenset({"figure", "number", "total", "tally", "count", "estimate"})
#: Nouns that name a measure rather than the things counted ("6,000 casualties").
MEASURE_NOUNS = frozenset(
    {"casualty", "death", "fatality", "injury", "arrest", "refugee", "deployment"}
)
#: Change words: a figure after them is a trend, not a level.
UP_WORDS = frozenset(
    """up rise rose risen rises increase increased gain gained grow grew jump jumped climb
    climbed""".split()
)
DOWN_WORDS = frozenset(
    """down fall fell fallen falls drop dropped decline declined decrease decreased slip
    slipped shrink shrank cut""".split()
)
CHANGE_WORDS = UP_WORDS | DOWN_WORDS


def _alt(words: object) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))  # type: ignore[attr-defined]


_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_WORDS = _alt(SMALL)
_NUMBER = rf"(?:{_DIGITS}|(?:{_WORDS})(?:[\s-]+(?:{_WORDS}))*)"
_SCALE = rf"(?:\s*(?:{_alt(s for s in SCALES if len(s) > 1)})\b|(?<=\d)(?:m|bn|b|k|tn)\b)"
#: Currency codes written before the amount ("USD10m", "INR 1 trillion", "RM23.50"): upper
#: case only, so "rm" or "eur" in running text are not signs.
CURRENCY_CODES = {
    "USD": "USD", "US": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CNY": "CNY",
    "RMB": "CNY", "INR": "INR", "Rs": "INR", "Rs.": "INR", "AUD": "AUD", "CAD": "CAD",
    "CHF": "CHF", "HKD": "HKD", "SGD": "SGD", "NZD": "NZD", "KRW": "KRW", "RUB": "RUB",
    "MYR": "MYR", "RM": "MYR", "ZAR": "ZAR", "BRL": "BRL", "R$": "BRL", "MXN": "MXN",
    "TRY": "TRY", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "PLN": "PLN", "ILS": "ILS",
    "NIS": "ILS", "PHP": "PHP", "IDR": "IDR", "Rp": "IDR", "THB": "THB", "NGN": "NGN",
    "KES": "KES", "EGP": "EGP", "SAR": "SAR", "AED": "AED", "PKR": "PKR",
    "Y=": "JPY",  # Reuters' yen ("Nintendo fell to Y=28,030")
}  # fmt: skip
#: "£" that lost its encoding on the way ("PS2.7m", "PS21,700"); only before an amount that
#: cannot be a PlayStation model ("PS5").
_MANGLED_POUND = r"PS(?=\d[\d,]*(?:\.\d|,\d{3}|(?:m|bn|k)\b))"
CURRENCY_CODES_MANGLED = {"PS": "GBP"}
_CODE = rf"(?-i:(?:{_alt(c for c in CURRENCY_CODES if c != 'US')})(?=\s?\d)|{_MANGLED_POUND})"
#: "A$", "HK $": a country letter written lower case ("a $3,500 mortgage") is not one.
_SIGN = (
    rf"(?:\$(?-i:US|AU|A|NZ|HK|C|S)(?=\s?\d)|{_alt(CURRENCY_SIGNS)}|(?-i:(?:US|HK|NZ) ?\$|[ACS]\$)"
    rf"|{_CODE})"
)
_BOUND = rf"(?P<bound>{_alt(BOUNDS)})\s+"
_PERCENT = r"\s?%|\s(?:percent|per cent)\b"


def _pattern(ranges: bool) -> re.Pattern[str]:
    """The figure pattern; without ``ranges`` the second-number groups never take part."""
    second = (
        rf"(?:(?P<percent1>{_PERCENT})?\s*(?P<sep>-|–|to|and)\s*(?P<sign2>{_SIGN})?"
        rf"(?P<num2>{_NUMBER})(?P<scale2>{_SCALE})?)?"
        if ranges
        else r"(?:(?!)(?P<percent1>)(?P<sep>)(?P<sign2>)(?P<num2>)(?P<scale2>))?"
    )
    return re.compile(
        rf"(?<![\w.,])(?<![A-Za-z]-)(?:{_BOUND})?(?:(?P<between>between|from)\s+)?"
        rf"(?P<sub>sub-)?(?:(?P<sign>{_SIGN})\s?)?(?P<neg>(?<![^\s$(])-|−|minus[\s-]?)?"
        rf"(?P<num>{_NUMBER})(?![.,]\d)(?P<scale>{_SCALE})?{second}"
        rf"(?P<percent>{_PERCENT})?(?:(?![\w])|(?<=\d)(?={_ATTACHED}))",
        re.IGNORECASE,
    )


_PATTERN = _pattern(ranges=True)
#: "to 7 million", "or four years" after a figure without a scale word or unit: shared.
_SHARED_SCALE = re.compile(
    rf"\s+(?:to|or)\s+(?:(?P<sign>{_SIGN})\s?)?(?P<num>{_NUMBER})(?:\s*[-–]\s*{_NUMBER})?"
    rf"(?P<scale>{_SCALE})?",
    re.IGNORECASE,
)
#: The same without ranges: for "from 2.4 to 3.9 million", read as two figures.
_SINGLE = _pattern(ranges=False)
_VAGUE = re.compile(
    rf"(?<![\w])(?P<vague>{_alt(VAGUE_PLURALS).replace(chr(92) + ' ', chr(92) + 's+')})(?=\s+of\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class QuantityDraft:
    """A figure found in the text."""

    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    bound: str
    unit: str | None
    about: str | None
    measure: str | None
    change: str | None


def parse_number(text: str) -> float | None:
    """A number from digits or words: "15,000" -> 15000, "twenty-five" -> 25."""
    clean = text.strip().lower().replace(",", "")
    try:
        return float(clean)
    except ValueError:
        pass
    if clean in SMALL:
        return float(SMALL[clean])
    total = 0.0
    for word in re.split(r"[\s-]+", clean):
        if word in ("a", "and"):
            continue
        if word not in SMALL:
            return None
        value = SMALL[word]
        total = total * value if value == 100 and total else total + value
    return total or None


def _scale(text: str | None) -> float:
    if not text:
        return 1.0
    return SCALES.get(text.strip().lower(), 1.0)


def _token_at(doc: Doc, char: int) -> Token | None:
    """The token at a character offset, skipping whitespace."""
    text = doc_text(doc)
    while char < len(text) and text[char].isspace():
        char += 1
    if char >= len(text):
        return None
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _is_time_part(doc: Doc, start: int, end: int) -> bool:
    """Inside a DATE/TIME/SET expression (years, dates, clock times): the time stage owns it."""
    for span in doc.spans.get("newsclaims_times", []):
        if span.start_char <= start and end <= span.end_char and span.label_ != "DURATION":
            return True
    return False


def _in_time(token: Token) -> bool:
    """The token belongs to a dated time expression ("last year", "in 2019")."""
    return _is_time_part(token.doc, token.idx, token.idx + len(token))


def _excluded(doc: Doc, m: re.Match[str]) -> bool:
    text = doc_text(doc)
    start, end = m.start("num"), m.end()
    before = text[max(0, m.start() - 1) : m.start()]
    after = text[end : end + 3]
    if re.match(r"(st|nd|rd|th)\b", text[m.end("num") : m.end("num") + 3], re.I):
        return True  # ordinal
    if _ORDINAL_FRACTION.search(m.group("num")) and not re.match(r"\s+of\b", text[end:]):
        return True  # "a third term", "a fifth straight win"
    if m.group("num").lower() == "half" and re.search(
        r"\b(?:first|second|1st|2nd)[\s-]+$", text[max(0, start - 8) : start], re.I
    ):
        return True  # "in the first half" of a match or a year
    if before.isalpha() or (re.match(r"[A-Za-z]", after) and not ATTACHED_UNITS.match(text[end:])):
        return True  # "G7", "F16", "COVID-19"
    if re.match(r"(?<=\d)G\b", text[end - 1 : end + 1]) or re.match(r"G\b", after):
        return True  # "5G" is a network generation, not grams
    if re.match(r":\d", text[end : end + 2]) or text[max(0, start - 1) : start] == ":":
        return True  # clock times "17:22"
    number = m.group("num")
    if number[:1].isupper() and not number[:1].isdigit():
        token = _token_at(doc, start)
        if token is not None and not token.is_sent_start:
            return True  # "World War Two": a capitalised number inside a name
    if re.match(r"[-/]\d", text[end : end + 2]) or re.search(
        r"\d[-/]$", text[max(0, start - 2) : start]
    ):
        return True  # phone numbers, ids, dates written with slashes
    if _DATE_OR_CLOCK_AFTER.match(text, end) and not m.group("sign"):
        return True  # "9 May", "0401 GMT", "the 1990s", "2018's"
    if m.group("sign") or m.group("percent"):
        return False  # "$2000" is money, not a year
    return _is_time_part(doc, start, m.end("num"))


#: What after a number makes it part of a date or a clock time.
_DATE_OR_CLOCK_AFTER = re.compile(
    r"\s+(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?(?!\s+(?:of|be)\b)"
    r"|\s*(?-i:GMT|UTC|EDT|EST|BST|CET|CEST|PST|PDT|ET|JST|HKT)\b|(?<=[12]\d{3})'?s\b",
    re.IGNORECASE,
)


def _unit_and_noun(doc: Doc, end: int) -> tuple[str | None, Token | None, int]:
    """The unit or counted noun right after a number, and the new end of the figure."""
    token = _token_at(doc, end)
    while token is not None and token.is_space:
        token = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token is None:
        return None, None, end
    phrase = _UNIT_PHRASE.match(doc_text(doc), end)
    if phrase is not None:  # "square feet", "barrel-a-day" is handled by the rate below
        return _PHRASE_UNITS[_phrase_key(phrase.group("unit"))], None, phrase.end()
    if token.text == "-" and token.i + 1 < len(doc):  # "25-minute"
        token = doc[token.i + 1]
    if token.text in CASED_UNITS:
        return CASED_UNITS[token.text], None, token.idx + len(token)
    lower = token.lower_.rstrip("=")  # "108.79 JPY=": a Reuters currency code
    lemma = token.lemma_.lower()
    if lower in CURRENCY_WORDS:
        return CURRENCY_WORDS[lower], None, token.idx + len(token)
    if lower in UNITS or lemma in UNITS:
        unit = UNITS.get(lower) or UNITS[lemma]
        # "a 25-minute documentary": the unit word modifies what is measured
        modified = token.head if token.dep_ in ("amod", "compound", "nmod") else None
        if modified is not None and modified.pos_ == "NOUN" and modified.i > token.i:
            return unit, modified, token.idx + len(token)
        return unit, None, token.idx + len(token)
    # a counted noun: the noun the number modifies ("600 North Korean soldiers")
    last = number = _token_at(doc, end - 1) if end > 0 else None
    if number is not None and number.dep_ == "conj" and number.head.like_num:
        number = number.head  # "between 5,000 and 7,000 people": the first number's noun
    if last is not None and number is not None and number.dep_ in _NUMBER_DEPS:
        head = number.head
        while head.dep_ in ("nummod", "quantmod", "compound") and head.head.i > head.i:
            head = head.head
        if any(t.like_num for t in doc[last.i + 1 : head.i]):
            return None, None, end  # "from 13.5 to 14.0 mm": the noun belongs to the next figure
        if head.i > last.i + 1 and _in_time(head):
            return None, None, end  # "2.1 last year": the noun is a time expression's
        if head.pos_ in ("NOUN", "PROPN") and head.i > number.i:
            if head.lower_ in CURRENCY_WORDS:
                return CURRENCY_WORDS[head.lower_], None, head.idx + len(head)
            if head.lemma_.lower() in UNITS:
                return UNITS[head.lemma_.lower()], None, head.idx + len(head)
            return None, head, end
    return None, None, end


#: Dependencies by which a number modifies the noun it counts.
_NUMBER_DEPS = frozenset({"nummod", "quantmod", "amod", "compound"})


def _is_name_number(doc: Doc, m: re.Match[str], noun: Token | None) -> bool:
    """A bare number that is part of a name ("iPhone 11", "Big 12", "S&P 500") or a pronoun
    ("one of them")."""
    if m.groupdict().get("bound") or m.groupdict().get("num2"):
        return False
    first = _token_at(doc, m.start("num"))
    if first is None:
        return False
    if m.group("num").lower() == "one" and noun is None:
        return True
    if first.i == 0:
        return False
    previous = doc[first.i - 1]
    if (
        previous.lower_.rstrip(".") in _MONTH_WORDS
        or previous.is_punct
        or previous.like_num
        or not any(ch.isalpha() for ch in previous.text)
        or previous.is_sent_start
    ):
        return False
    named = any(ch.isupper() for ch in previous.text)  # "iPhone 11", "Model 3", "Big 12"
    return named if noun is not None else named or previous.pos_ == "PROPN"


_MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


def _about(noun: Token, after: int = 0) -> str:
    """The counted noun phrase without the figure: "North Korean soldiers"."""
    doc = noun.doc
    left = noun.i
    while (
        left > 0
        and doc[left - 1].dep_ in ("amod", "compound")
        and doc[left - 1].head.i >= left - 1
        and doc[left - 1].idx >= after
    ):
        left -= 1
    return doc[left : noun.i + 1].text


def _about_of_unit(doc: Doc, end: int) -> str | None:
    """What a figure without a counted noun measures: "54 percent of the vote" -> vote;
    "Turnout was about 62 percent" -> Turnout."""
    last = _token_at(doc, end - 1) if end > 0 else None
    while last is not None and last.is_space:
        last = doc[last.i - 1] if last.i > 0 else None
    if last is None:
        return None
    for child in last.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "in"):  # "euros in bribes"
            objects = [
                c for c in child.children if c.dep_ == "pobj" and not _in_time(c)
            ]  # not "1.8 percent in 2019"
            if objects:
                return _about(objects[0])
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if following is not None and (
        following.lower_ == "of" or (following.lower_ == "in" and last.lower_ in CURRENCY_WORDS)
    ):  # "tens of thousands of students", "450,000 euros in bribes"
        objects = [c for c in following.children if c.dep_ == "pobj"]
        if objects and objects[0].pos_ in ("NOUN", "PROPN"):
            return _about(objects[0])
    if last.dep_ == "pobj" and last.head.lower_ == "at" and last.head.head.pos_ == "VERB":
        objects = [c for c in last.head.head.children if c.dep_ == "dobj"]
        if objects and objects[0].pos_ == "NOUN":  # "estimated the crowd at 8,000"
            return _about(objects[0])
    changes = last.head.lower_ in CHANGE_WORDS or last.head.lemma_ in CHANGE_WORDS
    if (last.dep_ in ("attr", "acomp") and last.head.lemma_ == "be") or (
        last.dep_ in ("dobj", "npadvmod", "advmod") and changes  # "Shares fell 6 percent"
    ):
        subjects = [c for c in last.head.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].pos_ in ("NOUN", "PROPN"):
            return _about(subjects[0])
    return None


def _governor(doc: Doc, start: int, noun: Token | None) -> Token | None:
    """The verb or noun that says what a figure measures."""
    anchor = noun or _token_at(doc, start)
    if anchor is None:
        return None
    token = anchor
    for _ in range(4):
        if token.head is token:
            return token if token.pos_ == "VERB" else None
        if token.dep_ == "pobj" and token.head.dep_ == "prep":
            owner = token.head.head
            if owner.pos_ == "NOUN" and owner.lemma_.lower() in MEASURES:
                return owner
        token = token.head
        if token.pos_ in ("VERB", "NOUN") and token.lemma_.lower() in MEASURES:
            return token
        if token.pos_ == "VERB":
            return token
    return None


@dataclass(frozen=True, slots=True)
class _Number:
    """What the pattern alone says about a figure."""

    value: float
    low: float | None
    high: float | None
    bound: str
    sign: str | None
    percent: bool


def _read_number(doc: Doc, m: re.Match[str]) -> _Number | None:
    """Value, range, bound and sign of a pattern match, or None when it is not a figure."""
    vague = m.groupdict().get("vague")
    if vague:
        value = float(VAGUE_PLURALS[re.sub(r"\s+", " ", vague.lower())])
        return _Number(value, value, None, "approx", None, False)
    if _excluded(doc, m):
        return None
    number = parse_number(m.group("num"))
    if number is None:
        return None
    if m.group("neg"):
        number = -number
    scale = m.group("scale")
    if not scale and not m.group("num2"):
        shared = _SHARED_SCALE.match(doc_text(doc), m.end())
        following = parse_number(shared.group("num")) if shared else None
        if shared and shared.group("scale") and following is not None and abs(number) < following:
            scale = shared.group("scale")  # "rose from 5 to 7 million": 5 million
    value = number * _scale(scale)
    low = high = None
    bound = BOUNDS.get((m.group("bound") or "").lower(), "exact")
    if m.group("sub"):
        bound = "less_than"  # "sub-7 nanometre"
    if m.group("num2"):
        second = parse_number(m.group("num2"))
        if second is None:
            return None
        second *= _scale(m.group("scale2") or m.group("scale"))
        if not m.group("scale") and m.group("scale2") and number < second:
            value *= _scale(m.group("scale2"))  # "5 to 7 million", not "800,000 to 1.3 million"
        if second <= value:
            return None  # "5-3" scores, "2-1" votes: not a range
        low, high, bound = value, second, "range"
    sign = m.group("sign") or m.group("sign2")
    return _Number(value, low, high, bound, sign, bool(m.group("percent") or m.group("percent1")))


def _not_a_range(text: str, m: re.Match[str]) -> bool:
    """Two numbers joined by "to" or "and" that are two figures, not a range: "rose from 2.4
    million to 3.9 million", "grew by $43.6 billion to $419.2 billion", "USD1,700 and INR1
    trillion", numbers out of order ("in 2018 to 3.9 million")."""
    if not m.group("num2"):
        return False
    sep = m.group("sep").lower()
    between = (m.group("between") or "").lower()
    if (m.group("percent1") and not m.group("percent")) or (
        m.group("sign2") and not m.group("sign")
    ):
        return True  # "up 9.4 per cent to $84": a change, then a level
    if sep == "and":
        return between != "between"
    if sep != "to":
        return False
    before = text[: m.start()].rstrip().lower()
    if between == "from" or before.endswith((" by", " from")):
        return True
    first, second = parse_number(m.group("num")), parse_number(m.group("num2"))
    return first is not None and second is not None and second <= first and not m.group("scale2")


def _unit_of(
    doc: Doc, m: re.Match[str], number: _Number
) -> tuple[str | None, Token | None, int] | None:
    """Unit, counted noun and end of a figure; None when the number is part of a name."""
    text = doc_text(doc)
    end = m.end()
    if number.percent:
        return "percent", None, end
    if number.sign:
        per = _PER.match(text[end:])
        if per is not None and per.group(1) in ("per", "/", "a"):
            return f"{_currency(number.sign)} per {_denominator(per)}", None, end + per.end()
        return _currency(number.sign), None, end
    unit, noun, end = _unit_and_noun(doc, end)
    attached = ATTACHED_UNITS.match(text[end:]) if not text[end : end + 1].isspace() else None
    if unit is None and attached:
        written = attached.group(1)
        unit = CASED_UNITS.get(written) or UNITS.get(written.lower(), written.lower())
        end += len(attached.group(0))
    if unit is None and not m.groupdict().get("vague") and _is_name_number(doc, m, noun):
        return None
    if unit is None and noun is None and (_is_age(doc, m) or _is_stated_age(doc, m)):
        return "year of age", None, end
    if unit == "year" and re.match(r"[\s-]*old\b", text[end : end + 6]):
        unit = "year of age"  # "a 6-year-old boy", "40 years old"
    per = _PER.match(text[end:])
    if unit is not None and per is not None:
        return f"{unit} per {_denominator(per)}", None, end + per.end()
    if unit is None:
        # a rate of counted things: "three thousand tests per day", "an average of 20 per
        # week": the unit is the denominator, the counted noun stays what it counts
        after = noun.idx + len(noun) if noun is not None and noun.idx >= end else end
        per = _PER.match(text[after:])
        if per is not None and per.group(1) == "per" and _denominator(per) in TIME_UNITS:
            return f"per {_denominator(per)}", noun, after + per.end()
    return unit, noun, end


def _denominator(per: re.Match[str]) -> str:
    """The unit a rate is per: "per barrel" -> barrel, "per mmBTU" -> million british..."""
    word = per.group(2).lower()
    return UNITS.get(word) or UNITS.get(word.rstrip("s")) or word.rstrip("s")


def _is_age(doc: Doc, m: re.Match[str]) -> bool:
    """A number set off by commas right after a person's name: "Joe Maddon, 66, said"."""
    text = doc_text(doc)
    groups = m.groupdict()
    if groups.get("vague") or groups["bound"] or groups["num2"] or groups["sign"]:
        return False
    if not m.group("num").isdigit():
        return False
    if not 0 < int(m.group("num")) < 125 or not re.match(r"\s*[,)]", text[m.end() :]):
        return False
    first = _token_at(doc, m.start())
    if first is None or first.i < 2 or doc[first.i - 1].text not in (",", "("):
        return False
    name = doc[first.i - 2]
    return name.ent_type_ == "PERSON" or (name.pos_ == "PROPN" and name.text[:1].isupper())


_PERSONAL = frozenset({"he", "she", "i"})  # "they were 12" is a count


def _is_stated_age(doc: Doc, m: re.Match[str]) -> bool:
    """A bare number a person is or turns: "He will be 35 by the end of the year", "she
    turned 60 last week"."""
    groups = m.groupdict()
    if groups.get("vague") or groups["num2"] or groups["sign"] or not m.group("num").isdigit():
        return False
    if not 0 < int(m.group("num")) < 125:
        return False
    token = _token_at(doc, m.start("num"))
    if token is None or token.dep_ not in ("attr", "acomp", "dobj", "oprd"):
        return False
    verb = token.head
    if verb.lemma_ not in ("be", "turn"):
        return False
    return any(
        c.dep_ == "nsubj" and (c.lower_ in _PERSONAL or c.ent_type_ == "PERSON")
        for c in verb.children
    )


#: "per barrel", "a share", "/h": the denominator of a rate.
_PER = re.compile(
    r"[\s-]*(per\b|an?\b|/)[\s-]*([A-Za-z]+)\b(?!\s+(?:earlier|ago|before|later|after|on)\b)"
)


def _measure(doc: Doc, start: int, unit: str | None, noun: Token | None) -> str | None:
    if unit in TIME_UNITS:
        return "duration"
    if noun is not None and noun.lemma_.lower() in MEASURES:
        return MEASURES[noun.lemma_.lower()]
    governor = _governor(doc, start, noun)
    if governor is None:
        return None
    if governor.lemma_.lower() in _DRIVE_VERBS and any(
        c.dep_ == "prep"
        and c.lower_ in ("from", "out")
        and any(o.lemma_.lower() in _HOMES for o in c.subtree)
        for c in governor.children
    ):
        return "displaced"  # "forced 4,000 residents from their homes"
    lemma = governor.lemma_.lower()
    if (lemma == "take" and any(c.lower_ == "part" for c in governor.children)) or (
        lemma == "turn" and any(c.dep_ == "prt" and c.lower_ == "out" for c in governor.children)
    ):
        return "participated"  # "20,000 people took part", "5,000 turned out"
    return MEASURES.get(lemma, lemma)


#: Verbs that displace people when they act "from their homes".
_DRIVE_VERBS = frozenset({"force", "drive", "chase", "push", "uproot"})
_HOMES = frozenset({"home", "house", "village", "town", "city", "land", "region"})


#: Units that make a figure a duration.
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})


def find_quantities(doc: Doc) -> list[QuantityDraft]:
    """All figures of a parsed document, in text order.

    A figure without a counted noun ("a deployment of roughly 15,000") or whose noun names a
    measure ("6,000 casualties") counts what the latest counted noun phrase named.
    """
    found: list[QuantityDraft] = []
    last_about: str | None = None
    read: dict[tuple[int, int, int], _Number | None] = {}

    def number_of(m: re.Match[str]) -> _Number | None:
        """``_read_number``, once per match (a range is read to decide it is one)."""
        key = (id(m.re), m.start(), m.end())
        if key not in read:
            read[key] = _read_number(doc, m)
        return read[key]

    for m in _matches(doc_text(doc), lambda m: number_of(m) is not None):
        if found and m.start() < found[-1].end:
            continue
        number = number_of(m)
        unit_info = _unit_of(doc, m, number) if number is not None else None
        if number is None or unit_info is None:
            continue
        unit, noun, end = unit_info
        if unit is None and noun is None:
            unit = (
                _shared_unit(doc, m, number)
                or _level_unit(doc, found, _start(m))
                or _parallel_unit(doc, found, _start(m))
            )
        bound = number.bound
        if (
            bound == "more_than"
            and unit in TIME_UNITS
            and (m.group("bound") or "").lower() == "over"
        ):
            bound = "exact"  # "over six years" is a span of time, not a bound
        measure_noun = noun is not None and noun.lemma_.lower() in MEASURE_NOUNS
        about = _about(noun, end) if noun is not None and not measure_noun else None
        if about is not None:
            last_about = about
        elif noun is None and unit is not None and not unit.startswith("per "):
            about = _about_of_unit(doc, end) or _about_before(doc, found, _start(m), unit)
        elif measure_noun or unit is None or unit.startswith("per "):
            about = _about_of_unit(doc, end) or last_about
        elif noun is not None:
            about = _about(noun, end)
        measure = _measure(doc, m.start(), unit, noun)
        crowd_word = about.lower().split()[-1] if about and unit is None else None
        if crowd_word == "crowd" or (crowd_word in CROWD_WORDS and measure in GATHERING_VERBS):
            measure = "participated"  # "estimated the crowd at 8,000", "5,000 people marched"
        if about is not None and about.lower().split()[-1] in FIGURE_WORDS and found:
            # "1,200 homes were damaged, while officials put the figure at 900": the figure
            # counts what the one before it counted
            about, measure = found[-1].about, found[-1].measure
        found.append(
            QuantityDraft(
                _start(m),
                end,
                number.value,
                number.low,
                number.high,
                bound,
                unit,
                about,
                measure,
                _change(doc, m.start()),
            )
        )
    return found


def _level_unit(doc: Doc, found: list[QuantityDraft], start: int) -> str | None:
    """ "The index closed at 1,463.87 points, while the TA-125 climbed 0.1% to 1,333.18": a
    bare level after "to" or "at" is in points when a figure in points came earlier in the
    sentence."""
    if not found or not re.search(r"\b(?:to|at)\s*$", doc_text(doc)[max(0, start - 4) : start]):
        return None
    token = _token_at(doc, start)
    if token is None:
        return None
    sentence = token.sent.start_char
    if any(f.unit == "point" and f.start >= sentence for f in found):
        return "point"
    return None


def _parallel_unit(doc: Doc, found: list[QuantityDraft], start: int) -> str | None:
    """ "a minus-1.4 degree launch angle in 2018 and 2.1 last year": a bare number joined by
    "and", "or" or "versus" to the figure before it, in the same sentence, has its unit."""
    if not found or found[-1].unit is None:
        return None
    if not re.search(r"\b(?:and|or|versus|vs\.?)\s*$", doc_text(doc)[max(0, start - 10) : start]):
        return None
    token = _token_at(doc, start)
    if token is None or found[-1].start < token.sent.start_char:
        return None
    # elliptical only: the number is followed by a time or the clause ends ("and 2.1 last
    # year", "and 1.8 in 2019"), not by a clause of its own ("and 95,800 who ...")
    after = token.i + 1
    while after < len(doc) and doc[after].like_num:
        after += 1
    if after < len(doc) and doc[after].lower_ in ("in", "on", "at", "for", "by"):
        after += 1
    if after < len(doc) and not doc[after].is_punct and not _in_time(doc[after]):
        return None
    return found[-1].unit


def _about_before(doc: Doc, found: list[QuantityDraft], start: int, unit: str) -> str | None:
    """ "Turnout was about 62 percent, down from 70 percent": a figure of the same unit
    earlier in the sentence, compared with by "from", counts the same thing."""
    if not re.search(
        r"\b(?:from|than|to|versus|vs\.?|and|or)\s*$", doc_text(doc)[max(0, start - 12) : start]
    ):
        return None
    token = _token_at(doc, start)
    if token is None or not found:
        return None
    previous = found[-1]
    if previous.unit != unit or previous.start < token.sent.start_char:
        return None
    return previous.about


def _shared_unit(doc: Doc, m: re.Match[str], number: _Number) -> str | None:
    """The unit of the next figure in "from 13.5 to 14.0 mm", "three or four years", "8 or $9"."""
    if number.sign or m.groupdict().get("vague"):
        return None
    following = _SHARED_SCALE.match(doc_text(doc), m.end())
    if following is None:
        return None
    if following.group("sign"):
        return _currency(following.group("sign"))  # "8 or $9"
    after = doc_text(doc)[following.end() :]
    if re.match(_PERCENT, after, re.IGNORECASE):
        return "percent"
    unit, _, _ = _unit_and_noun(doc, following.end())
    return unit


def _start(m: re.Match[str]) -> int:
    """Where a figure starts: "from" belongs to a range only ("from 5 to 7"), not to a figure
    read alone ("rose from 2.4 million")."""
    groups = m.groupdict()
    if groups.get("between") and not groups.get("num2"):
        return min(m.start(g) for g in ("sub", "sign", "neg", "num") if m.group(g))
    return m.start()


def _matches(text: str, is_figure: Callable[[re.Match[str]], bool]) -> Iterator[re.Match[str]]:
    """Figure and vague-plural matches in text order. Two numbers that are not a range, or a
    range that ``is_figure`` rejects ("in 2018 to 3.9 million"), are read one at a time."""
    vague = list(_VAGUE.finditer(text))
    next_vague = 0
    pos = 0
    m = _PATTERN.search(text)
    while True:
        while next_vague < len(vague) and vague[next_vague].start() < pos:
            next_vague += 1
        if m is not None and m.start() < pos:
            m = _PATTERN.search(text, pos)
        if next_vague < len(vague) and (m is None or vague[next_vague].start() < m.start()):
            v = vague[next_vague]
            pos = v.end()
            yield v
            continue
        if m is None:
            return
        found = m
        if found.group("num2") and (_not_a_range(text, found) or not is_figure(found)):
            found = _SINGLE.match(text, found.start()) or found
        pos = max(found.end(), pos + 1)
        yield found


#: Dollar signs with a country prefix.
DOLLAR_PREFIXES = {
    "": "USD",
    "US": "USD",
    "A": "AUD",
    "C": "CAD",
    "HK": "HKD",
    "NZ": "NZD",
    "S": "SGD",
    "AU": "AUD",
}


def _currency(sign: str) -> str:
    sign = sign.strip()
    if sign in CURRENCY_CODES:
        return CURRENCY_CODES[sign]
    if sign in CURRENCY_CODES_MANGLED:
        return CURRENCY_CODES_MANGLED[sign]
    if sign.endswith("$"):
        return DOLLAR_PREFIXES.get(sign[:-1].strip().upper(), "USD")
    if sign.startswith("$"):  # "$US160 million", "$A2 billion"
        return DOLLAR_PREFIXES.get(sign[1:].strip().upper(), "USD")
    return CURRENCY_SIGNS.get(sign, sign)


def _change(doc: Doc, start: int) -> str | None:
    before = doc_text(doc)[max(0, start - 20) : start].lower().split()
    words = [w.strip(",.") for w in before[-2:]]
    if any(w in UP_WORDS for w in words):
        return "up"
    if any(w in DOWN_WORDS for w in words):
        return "down"
    return None


@Language.component(
    "newsclaims_quantities",
    requires=["token.dep", "token.lemma", "doc.spans"],
    assigns=["doc.spans", "doc._.newsclaims_quantities"],
)
@guarded("newsclaims_quantities")
def quantities_component(doc: Doc) -> Doc:
    """Write figures to the doc."""
    drafts = find_quantities(doc)
    doc._.newsclaims_quantities = drafts
    doc.spans["newsclaims_quantities"] = char_spans(
        doc, ((d.start, d.end, d.unit or "count") for d in drafts)
    )
    return doc
