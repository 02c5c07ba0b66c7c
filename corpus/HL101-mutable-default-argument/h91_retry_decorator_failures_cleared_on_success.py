"""Account sync job: a retry decorator keeps the failures since the last success in one default list and empties it whenever any call succeeds; a batch that gives up on one key is cleared by the next success."""
import functools
import itertools


def retry(times=3):
    def decorate(func):
        @functools.wraps(func)
        # heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 25 (heaplint: unknown)
        def wrapper(key, *args, _failures=[], **kwargs):  # expect: HL101 refuted
            for attempt in range(times):
                try:
                    result = func(key, *args, **kwargs)
                except ConnectionError as exc:
                    _failures.append(f"{key} attempt {attempt}: {exc}")
                    continue
                _failures.clear()
                return result
            raise ConnectionError(f"{key} failed {times} times: {len(_failures)} errors since last success")
        return wrapper
    return decorate


@retry(times=2)
def sync_account(key, *, flaky):
    if flaky:
        raise ConnectionError(f"timeout syncing {key}")
    return key.upper()


_batches = itertools.count()


def scenario():
    n, synced = next(_batches), []
    for key in (f"acct-{n}-mirror", f"acct-{n}"):
        try:
            synced.append(sync_account(key, flaky=key.endswith("mirror")))
        except ConnectionError:
            continue
    return synced
