"""Permission check for a Windows file-share gateway. Clients send paths in
whatever case and with whatever separators the user typed; `effective_acl()`
memoises the modes granted per path in a default dict keyed by
the raw string the client sent, to skip parsing it again. `PureWindowsPath`
would fold case and separators; the raw string keeps every spelling apart."""
import functools
import itertools
from pathlib import PureWindowsPath

_requests = itertools.count()
REPORT = r"c:\shares\finance\reports\q3-summary.xlsx"
RULES = {"finance": ("r", "w"), "public": ("r",)}


def effective_acl(raw_path, mode, _granted={}):  # expect: HL101 confirmed
    try:
        modes = _granted[raw_path]
    except KeyError:
        path = PureWindowsPath(raw_path)
        share = path.parts[2].lower() if len(path.parts) > 2 else ""
        modes = _granted[raw_path] = frozenset(RULES.get(share, ()))
    return mode in modes


can_read = functools.partial(effective_acl, mode="r")
can_write = functools.partial(effective_acl, mode="w")


def as_typed(text, seed):
    letters = itertools.count()
    return "".join(ch.upper() if ch.isalpha() and seed >> next(letters) & 1 else ch for ch in text)


def scenario():
    n = next(_requests)
    typed = as_typed(REPORT, n)
    return can_read(typed), can_write(typed.replace("\\", "/"))
