"""HTTP client: the class-based retry decorator keeps its default `retry_on` list on self and only turns it into a tuple for each except clause."""
import functools
import itertools


class retry:
    def __init__(self, func, retry_on=[ConnectionError, TimeoutError], attempts=3):  # expect: HL101 refuted
        functools.update_wrapper(self, func)
        self.func = func
        self.retry_on = retry_on
        self.attempts = attempts

    def __call__(self, *args, **kwargs):
        for attempt in range(self.attempts):
            try:
                return self.func(*args, **kwargs)
            except tuple(self.retry_on):
                if attempt == self.attempts - 1:
                    raise


_flaky = itertools.count()


@retry
def fetch_status(url):
    if next(_flaky) % 4 == 0:
        raise ConnectionError(url)
    return {"url": url, "status": 200}


_urls = itertools.count()


def scenario():
    n = next(_urls)
    return fetch_status(f"https://api.example.com/orders/{n}")["status"]
