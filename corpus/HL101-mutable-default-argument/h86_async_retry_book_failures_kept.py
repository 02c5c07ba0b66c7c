"""Async API client: per-URL retry bookkeeping so operators can see which endpoints keep failing."""
import itertools


class RetryBook(dict):
    def note(self, url, exc):
        self.setdefault(url, []).append(repr(exc))


async def _transport(url):
    if "/flaky/" in url:
        raise ConnectionResetError(f"peer reset while fetching {url}")
    return {"url": url, "status": 200}


async def fetch(url, retries=3, book=RetryBook()):  # expect: HL101 confirmed
    for _ in range(retries):
        try:
            response = await _transport(url)
        except ConnectionError as exc:
            book.note(url, exc)
            continue
        book.pop(url, None)
        return response
    return None


def run(coro):
    try:
        coro.send(None)
    except StopIteration as done:
        return done.value


_calls = itertools.count()


def scenario():
    n = next(_calls)
    return [run(fetch(f"https://api.example/{kind}/{n}")) for kind in ("items", "flaky")]
