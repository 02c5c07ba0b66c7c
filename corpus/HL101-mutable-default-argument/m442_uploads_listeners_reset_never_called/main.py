"""Photo site: one upload request per call (events.reset is only for tests)."""
import itertools

from uploads import handler

_ids = itertools.count()


def scenario():
    n = next(_ids)
    notices = handler.handle_upload(f"user{n}", f"img_{n}.jpg", 128 + n % 512)
    return len(notices), notices[-1] if notices else None
