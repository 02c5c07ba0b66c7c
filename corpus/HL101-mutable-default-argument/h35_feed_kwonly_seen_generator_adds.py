"""Feed reader: unread entries are yielded lazily; ids already shown to the reader are skipped."""
import itertools


def _emit(entries, shown):
    for entry in entries:
        if entry["id"] in shown:
            continue
        shown.add(entry["id"])
        yield f"[{entry['id']}] {entry['title']}"


def unread(feed, *, shown=set()):  # expect: HL101 confirmed
    is_shown = shown.__contains__
    pending = [entry for entry in feed["entries"] if not is_shown(entry["id"])]
    pending.sort(key=lambda entry: entry["published"], reverse=True)
    return _emit(pending, shown)


_polls = itertools.count()


def scenario():
    n = next(_polls)
    feed = {"url": f"https://blog{n % 3}.example.org/atom.xml", "entries": [
        {"id": f"post-{n}", "title": f"Release {n}", "published": n},
        {"id": f"post-{n}", "title": f"Release {n} (updated)", "published": n},
    ]}
    return list(unread(feed))
