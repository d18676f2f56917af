"""Quantities stage: every figure with its value, bound, unit, what it counts and its measure.

Recognition is a pattern over the text (digits, spelled-out numbers, scale words, currency
signs, percent, ranges, bound words); the parse then gives the counted noun, the unit and the
verb or noun that says what is measured ("died" -> killed, "a deployment of" -> deployed).
Not figures: ordinals, years and other parts of time expressions (the time stage owns them;
durations are kept as quantities with a time unit, naming what lasts, the activity or the
time since a thing, or nothing; a duration that names nothing and only places a time, "twenty
minutes later", "over the next three weeks", is marked ``offset``: the analysis keeps it apart
from the figures, as the time stage's), phone numbers, codes, names ("G7", a band "named 42
Lanterns"), labels after a common noun ("lap 28", "game seven"), ranks ("No. 3"), positions
("the bottom half"), kinds ("a four-seam fastball") and tallies ("a 1-2 cutter", "9-for-25"). A
measure comes only from what happened to what is counted (not from a verb the figure is only a
circumstance of: "won in 10 innings"); where the parse does not say, it stays empty.

Output: ``doc.spans["newsclaims_quantities"]`` and ``doc._.newsclaims_quantities``.

Modules, from the bottom up (each imports only those above it):

* ``tokens``: where a figure sits in the parsed doc;
* ``units``: unit and currency naming (``data/units.tsv``, ``data/currencies.tsv``);
* ``numbers``: the number grammar: number words, scale words, bounds, ranges;
* ``ages``: numbers that are a person's age;
* ``durations``: what a duration counts when no noun says it (an activity, a time since);
* ``counted``: the unit or counted noun of a figure, and what it is about;
* ``measures``: what a figure measures, from its governing verb or noun;
* ``figures``: ``find_quantities``, which puts them together;
* ``stage``: the spaCy component.

Word lists and tables live in ``data/`` (this stage's) and ``newsclaims/data/`` (the
lexicons several stages share, read through ``newsclaims.lexicons``).
"""

from __future__ import annotations

from newsclaims.extract.quantities.figures import FIGURE_WORDS, QuantityDraft, find_quantities
from newsclaims.extract.quantities.numbers import parse_number
from newsclaims.extract.quantities.stage import quantities_component

__all__ = [
    "FIGURE_WORDS",
    "QuantityDraft",
    "find_quantities",
    "parse_number",
    "quantities_component",
]
