"""Account sync job: a retry decorator records the failures of each key and drops a key's record once a call for it succeeds; keys that exhaust their retries keep their record."""
import functools
import itertools


def retry(times=3):
    def decorate(func):
        @functools.wraps(func)
        # heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 25 (heaplint: unknown)
        def wrapper(key, *args, _failures={}, **kwargs):  # expect: HL101 confirmed
            for attempt in range(times):
                try:
                    result = func(key, *args, **kwargs)
                except ConnectionError as exc:
                    _failures.setdefault(key, []).append(f"attempt {attempt}: {exc}")
                    continue
                _failures.pop(key, None)
                return result
            raise ConnectionError(f"{key} failed {times} times")
        return wrapper
    return decorate


@retry(times=2)
def sync_account(key, *, flaky):
    if flaky:
        raise ConnectionError(f"timeout syncing {key}")
    return key.upper()


_accounts = itertools.count()


def scenario():
    n = next(_accounts)
    try:
        return sync_account(f"acct-{n}", flaky=n % 4 == 0)
    except ConnectionError:
        return None
