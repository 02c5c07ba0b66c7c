"""Photo site: one upload request per call, with per-request teardown."""
import itertools

from uploads import events, handler

_ids = itertools.count()


def scenario():
    n = next(_ids)
    try:
        notices = handler.handle_upload(f"user{n}", f"img_{n}.jpg", 128 + n % 512)
        return len(notices), notices[-1] if notices else None
    finally:
        events.reset()
