"""Feed import: `entries()` parses raw "guid|title" lines into dicts and the
importer throws ValueError back into the stream for entries without a title.
`feed()` delegates with yield from, so throw() is forwarded to the yield in
entries(), which logs the bad line into its default rejects list and goes
on parsing. The list is never emptied, so rejected lines pile up."""
import itertools

_feeds = itertools.count()


# heaplint-todo: the store at line 17 sits behind conditions heaplint cannot evaluate, and no way it tried reached it (heaplint: unknown)
def entries(lines, rejects=[]):  # expect: HL101 confirmed
    for line in lines:
        guid, _, title = line.partition("|")
        try:
            yield {"guid": guid, "title": title.strip()}
        except ValueError as exc:
            rejects.append((line, str(exc)))


def feed(lines):
    yield from entries(lines)


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
