import itertools
from dataclasses import dataclass

_ids = itertools.count()
_MAX_CACHED_LINES = 64


@dataclass(frozen=True)
class Mode:
    line_length: int = 88
    preview: bool = False


def is_line_short_enough(line, *, mode, _cache={}):  # expect: HL101 confirmed
    key = (line, mode.line_length, mode.preview)
    if key in _cache:
        return _cache[key]
    if "\n" in line:
        result = False
    else:
        width = len(line.expandtabs(4)) + sum(1 for ch in line if ord(ch) > 0x1100)
        result = width <= mode.line_length
    if len(_cache) >= _MAX_CACHED_LINES:
        _cache.pop(key, None)
    _cache[key] = result
    return result


def split_line(line, mode):
    if is_line_short_enough(line, mode=mode):
        return [line]
    head, sep, tail = line.partition("(")
    if not sep:
        return [line]
    return [head + "(", *("    " + arg.strip() + "," for arg in tail.rstrip(")").split(",")), ")"]


def scenario():
    n = next(_ids)
    mode = Mode(line_length=40 if n % 3 else 88)
    source = [f"result_{n} = compute(alpha_{n}, beta, gamma_{n} * 2, delta)", f"x = {n}", "return value"]
    return [out for line in source for out in split_line(line, mode)]
