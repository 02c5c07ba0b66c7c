"""Request/response matcher for a line-based RPC trace: each line is
partitioned into kind and request id. REQ lines are parked in a ``pending``
dict default; a RES line looks its request up by indexing (KeyError means an
orphan response, counted locally) but never removes it, so every request id
of every trace stays in the default."""
import itertools

_ids = itertools.count()


def match_trace(lines, pending={}):  # expect: HL101 confirmed
    pairs, orphans = [], 0
    for line in lines:
        kind, _, rid = line.partition(" ")
        if kind == "REQ":
            pending[rid] = line
        elif kind == "RES":
            try:
                pairs.append((pending[rid], line))
            except KeyError:
                orphans += 1
    return pairs, orphans


def scenario():
    n = next(_ids)
    lines = [f"REQ {n}-a", f"REQ {n}-b", f"RES {n}-b", f"RES {n}-a", f"RES {n}-z"]
    return match_trace(lines)
