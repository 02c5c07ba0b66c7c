"""Log scanner: every line 'tag: message' is turned into (tag id, message).
A comprehension with a walrus pulls the tag out, and tag ids come from the
dict default; request-scoped tags such as 'req-1234' make it grow forever."""
import itertools

_scans = itertools.count()


def tag_lines(lines, _tag_ids={}):  # expect: HL101 confirmed
    return [
        (_tag_ids.setdefault(tag, len(_tag_ids)), msg.strip())
        for line in lines
        if (tag := line.partition(":")[0].strip().lower()) and ":" in line
        for msg in [line.partition(":")[2]]
    ]


def scenario():
    n = next(_scans)
    lines = ["INFO: started %d" % n, "req-%d: GET /items" % n, "no tag here", "WARN: slow %d" % n]
    return tag_lines(lines)
