class CursorLoop(RuntimeError):
    """The server handed back a cursor that was already followed."""


def iter_pages(fetch, cursor=None, recent=[]):  # expect: HL101 confirmed
    """Yield each page's items until `next` is None.

    `recent` remembers the last cursors followed, so a server that keeps
    answering with the same cursor raises instead of looping forever.
    """
    while True:
        page = fetch(cursor)
        yield page["items"]
        cursor = page["next"]
        if cursor is None:
            return
        if cursor in recent:
            raise CursorLoop(cursor)
        recent.append(cursor)
        if len(recent) > 8:
            recent = recent[-8:]
