"""Request/response matcher for a line-based RPC trace: each line is
partitioned into kind and request id. REQ lines are parked in a ``pending``
dict default; a RES line takes its request out with ``pop`` (KeyError means
an orphan response, counted locally). Every request in a trace gets its
response, so the default is empty again after each call."""
import itertools

_ids = itertools.count()


def match_trace(lines, pending={}):  # expect: HL101 refuted
    pairs, orphans = [], 0
    for line in lines:
        kind, _, rid = line.partition(" ")
        if kind == "REQ":
            pending[rid] = line
        elif kind == "RES":
            try:
                pairs.append((pending.pop(rid), line))
            except KeyError:
                orphans += 1
    return pairs, orphans


def scenario():
    n = next(_ids)
    lines = [f"REQ {n}-a", f"REQ {n}-b", f"RES {n}-b", f"RES {n}-a", f"RES {n}-z"]
    return match_trace(lines)
