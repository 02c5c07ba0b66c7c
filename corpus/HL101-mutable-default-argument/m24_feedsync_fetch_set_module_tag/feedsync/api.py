from ._deco import records_cursor, set_module


class PaginationLoop(Exception):
    pass


@set_module("feedsync")
def fetch_page(cursor, seen):
    if cursor in seen:
        raise PaginationLoop(cursor)
    nxt = None if cursor.endswith("~") else cursor + "~"
    return {"items": [f"{cursor}/{i}" for i in range(3)], "next": nxt}
