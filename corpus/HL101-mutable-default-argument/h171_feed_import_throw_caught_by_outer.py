"""Feed import: the importer throws ValueError into the stream for untitled
entries. `feed()` re-yields entries() with a plain for loop, not yield from, so
throw() is swallowed at feed()'s own yield and entries()' rejects stay empty."""
import itertools

_feeds = itertools.count()


# heaplint-todo: the store at line 15 sits behind conditions heaplint cannot evaluate, and no way it tried reached it (heaplint: unknown)
def entries(lines, rejects=[]):  # expect: HL101 refuted
    for line in lines:
        guid, _, title = line.partition("|")
        try:
            yield {"guid": guid, "title": title.strip()}
        except ValueError as exc:
            rejects.append((line, str(exc)))


def feed(lines):
    for entry in entries(lines):
        try:
            yield entry
        except ValueError:
            continue


def import_feed(lines):
    accepted, stream = [], feed(lines)
    item = next(stream, None)
    while item is not None:
        if item["title"]:
            accepted.append(item["guid"])
            item = next(stream, None)
        else:
            item = stream.throw(ValueError("empty title"))
    return accepted


def scenario():
    n = next(_feeds)
    return len(import_feed(["post-%d-%d|%s" % (n, i, "v%d.%d" % (n, i) if i % 2 else " ") for i in range(6)]))
