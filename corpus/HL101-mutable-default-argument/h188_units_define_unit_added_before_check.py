"""Unit registry front end: to_base() accepts custom units (a list of
(name, factor) pairs, empty by default) plus one unit the user typed as
"name=factor". _parse() splits the spelling, _add() appends the pair to the
list that is searched and _check() rejects factors that are not positive.
_add() runs before _check(), so even a rejected unit has already been put in
the shared list by the time the ValueError reaches the form in scenario()."""
import itertools

_ids = itertools.count()


def _parse(spelling):
    name, _, factor = spelling.partition("=")
    return name.strip(), float(factor)


def _check(pair):
    if pair[1] <= 0:
        raise ValueError(f"unit {pair[0]!r} needs a positive factor")


def _add(units, pair):
    units.append(pair)


def to_base(value, spelling, units=[]):  # expect: HL101 confirmed
    pair = _parse(spelling)
    _add(units, pair)
    _check(pair)
    return value * dict(units)[pair[0]]


def scenario():
    n = next(_ids)
    try:
        return to_base(n, f"custom_furlong_{n} = 0")
    except ValueError as exc:
        return f"rejected: {exc}"
