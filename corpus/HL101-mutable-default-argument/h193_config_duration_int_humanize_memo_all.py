"""Config loader: Duration is an int subclass holding milliseconds, built by
__new__ from strings such as "250ms" or "3s"; humanize() renders it for log
lines and memoises the text in a default dict keyed by the value. Every
request carries a new timeout, so the memo gains one entry per request."""
import itertools
import re

_requests = itertools.count()
_SCALE = {"ms": 1, "s": 1000, "m": 60000}


class Duration(int):
    def __new__(cls, text):
        m = re.fullmatch(r"(\d+)(ms|s|m)", text.strip())
        if m is None:
            raise ValueError(f"bad duration {text!r}")
        return super().__new__(cls, int(m.group(1)) * _SCALE[m.group(2)])

    # heaplint-todo: it flows into the constructor of a base class defined elsewhere, which heaplint cannot see (heaplint: unknown)
    def humanize(self, _memo={}):  # expect: HL101 confirmed
        text = _memo.get(int(self))
        if text is None:
            secs, ms = divmod(int(self), 1000)
            text = f"{secs}s {ms}ms" if ms else f"{secs}s"
            _memo[int(self)] = text
        return text


def scenario():
    n = next(_requests)
    timeout = Duration(f"{n * 1000 + 250}ms")
    return f"request {n} timed out after {timeout.humanize()}"
