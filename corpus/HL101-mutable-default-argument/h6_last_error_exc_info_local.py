"""Importer: only the last failure is kept, as an exc_info tuple that is also a local of the failing frame."""
import itertools
import sys


def parse_qty(raw, _last={}):  # expect: HL101 refuted
    try:
        return int(raw)
    except ValueError:
        info = sys.exc_info()  # frame -> info -> traceback -> frame: a cycle only the collector frees
        _last["error"] = info
        return 0


_rows = itertools.count()


def scenario():
    n = next(_rows)
    parse_qty(str(n))
    parse_qty(f"{n} pcs")
