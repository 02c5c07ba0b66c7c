"""Log scanner: every line 'tag: message' is turned into (tag id, message).
A comprehension with a walrus pulls the tag out, and tag ids come from the
dict default, but only the fixed severity tags get an id: the memo holds at
most four entries."""
import itertools

_scans = itertools.count()
SEVERITIES = frozenset({"debug", "info", "warn", "error"})


def tag_lines(lines, _tag_ids={}):  # expect: HL101 refuted
    return [
        (_tag_ids.setdefault(tag, len(_tag_ids)), msg.strip())
        for line in lines
        if (tag := line.partition(":")[0].strip().lower()) in SEVERITIES
        for msg in [line.partition(":")[2]]
    ]


def scenario():
    n = next(_scans)
    lines = ["INFO: started %d" % n, "req-%d: GET /items" % n, "no tag here", "WARN: slow %d" % n]
    return tag_lines(lines)
