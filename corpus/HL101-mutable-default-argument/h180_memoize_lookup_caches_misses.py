"""Auth middleware: user lookups by API key go through `@memoize`, whose
`cache={}` default is shared by every decorated function. Each request checks
the caller's key and also a key sent by a client that is not registered; the
wrapper caches every result, including the None of a miss, so each unknown
key is kept in the cache forever."""
import functools
import itertools

_requests = itertools.count()
USERS = {"key-alice": "alice", "key-bob": "bob", "key-ci": "ci-bot"}


def memoize(func, cache={}):  # expect: HL101 confirmed
    @functools.wraps(func)
    def wrapper(key):
        if key in cache:
            return cache[key]
        result = func(key)
        cache[key] = result
        return result
    return wrapper


@memoize
def user_for_key(api_key):
    return USERS.get(api_key)


def scenario():
    n = next(_requests)
    known = user_for_key(("key-alice", "key-bob", "key-ci")[n % 3])
    stranger = user_for_key(f"key-{n:08x}-revoked")
    return (known, stranger)
