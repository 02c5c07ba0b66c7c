import itertools

from feeds.reader import latest_headline

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    raw = [
        {"guid": " urn:post:%d " % n, "title": "Release %d.0" % n},
        {"guid": "", "link": "https://blog.example.invalid/p/%d" % n, "title": "Notes"},
        {"guid": "URN:POST:%d" % n, "title": "Release %d.0 (dup)" % n},
    ]
    return latest_headline(raw)
