import re

_DIGITS = re.compile(r"(\d+)")


def natural_key(name, _memo={}):  # expect: HL101 confirmed
    """'page10' sorts after 'page2': digit runs compare as numbers."""
    key = _memo.get(name)
    if key is None:
        parts = _DIGITS.split(name.lower())
        key = _memo[name] = tuple(int(p) if p.isdigit() else p for p in parts)
    return key
