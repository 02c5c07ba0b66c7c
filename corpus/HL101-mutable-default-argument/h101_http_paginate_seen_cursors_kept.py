"""API wrapper: a pagination generator follows `next` cursors and remembers
the cursors it has followed in a set default, so a server that loops back
to an earlier cursor cannot make it spin forever. The set is never emptied,
and every listing has its own cursors."""
import itertools

_ids = itertools.count()


def paginate(fetch, cursor=None, seen=set()):  # expect: HL101 confirmed
    while True:
        page = fetch(cursor)
        yield from page["items"]
        cursor = page.get("next")
        if cursor is None or cursor in seen:
            break
        seen.add(cursor)


def make_fetch(collection, pages):
    def fetch(cursor):
        index = 0 if cursor is None else int(cursor.rsplit(":", 1)[1])
        following = f"{collection}:{index + 1}" if index + 1 < pages else None
        return {"items": [f"{collection}/{index}/{i}" for i in range(3)], "next": following}
    return fetch


def scenario():
    n = next(_ids)
    return len(list(paginate(make_fetch(f"orders-{n}", 4))))
