"""Unit normalisation for telemetry columns: canonical_unit() maps spellings
like "Meters" or b"kph" to canonical symbols through an alias dict default.
Unknown spellings are remembered with dict.setdefault, and rate units such as
"count/137s" carry the sampling period, so each new period is a new key."""
import itertools

_columns = itertools.count()


def canonical_unit(symbol, aliases={"meter": "m", "meters": "m", "metre": "m", "kph": "km/h",  # expect: HL101 confirmed
                                    "celsius": "degC", "deg c": "degC", "percent": "%"}):
    if isinstance(symbol, bytes):
        symbol = symbol.decode("ascii", "replace")
    elif isinstance(symbol, (tuple, list)):
        return "/".join(canonical_unit(part) for part in symbol)
    key = " ".join(symbol.split()).lower()
    return aliases.setdefault(key, key)


def describe(columns):
    return ", ".join(f"{name} [{canonical_unit(unit)}]" for name, unit in columns)


def scenario():
    n = next(_columns)
    columns = [("depth", "Meters"), ("speed", b"KPH"), ("flow", ("Meters", "s")),
               ("hits", f"count/{n + 5}s"), ("temp", "Deg  C")]
    return describe(columns)
