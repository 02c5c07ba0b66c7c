"""Job runner: run_job() records each job under its lower-cased name in a
dict default of pending jobs, runs it, then removes the entry inside
contextlib.suppress(KeyError) because a cancel may already have removed
it. The delete uses the same lower-cased key, so the entry is always
removed and the dict is empty between jobs."""
import contextlib
import itertools

_ids = itertools.count()


def run_job(name, func, args, pending={}):  # expect: HL101 refuted
    pending[name.lower()] = (func.__name__, args)
    result = func(*args)
    with contextlib.suppress(KeyError):
        del pending[name.lower()]
    return result


def resize(width, height):
    return {"w": width // 2, "h": height // 2}


def scenario():
    n = next(_ids)
    return run_job(f"Thumbnail-Upload-{n:06d}", resize, (640 + n, 480 + n))
