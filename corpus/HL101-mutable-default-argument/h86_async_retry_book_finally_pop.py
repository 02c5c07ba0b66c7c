"""Async API client: per-URL retry bookkeeping that lives only while the request is in flight."""
import itertools


class RetryBook(dict):
    def note(self, url, exc):
        self.setdefault(url, []).append(repr(exc))


async def _transport(url):
    if "/flaky/" in url:
        raise ConnectionResetError(f"peer reset while fetching {url}")
    return {"url": url, "status": 200}


async def fetch(url, retries=3, book=RetryBook()):  # expect: HL101 refuted
    try:
        for _ in range(retries):
            try:
                return await _transport(url)
            except ConnectionError as exc:
                book.note(url, exc)
        return None
    finally:
        book.pop(url, None)


def run(coro):
    try:
        coro.send(None)
    except StopIteration as done:
        return done.value


_calls = itertools.count()


def scenario():
    n = next(_calls)
    return [run(fetch(f"https://api.example/{kind}/{n}")) for kind in ("items", "flaky")]
