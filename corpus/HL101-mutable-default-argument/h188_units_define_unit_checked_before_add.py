"""Unit registry front end: to_base() accepts custom units (a list of
(name, factor) pairs, empty by default) plus one unit the user typed as
"name=factor". _parse() splits the spelling, _check() rejects factors that
are not positive and _add() appends the pair to the list that is searched.
_check() runs before _add(), so a rejected unit never reaches the list; the
form in scenario() only ever submits zero factors, which are all rejected."""
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


def to_base(value, spelling, units=[]):  # expect: HL101 refuted
    pair = _parse(spelling)
    _check(pair)
    _add(units, pair)
    return value * dict(units)[pair[0]]


def scenario():
    n = next(_ids)
    try:
        return to_base(n, f"custom_furlong_{n} = 0")
    except ValueError as exc:
        return f"rejected: {exc}"
