"""HTTP client: backoff schedules are memoized per attempt number, capped with min(attempt, 5)."""
import itertools


def backoff_schedule(attempt, base=0.1, _memo={}):  # expect: HL101 refuted
    step = min(attempt, 5)
    if step not in _memo:
        _memo[step] = [round(base * 2 ** i, 3) for i in range(step + 1)]
    return _memo[step]


def fetch_with_retries(url, failures):
    waited = sum(backoff_schedule(failures))
    return {"url": url, "waited": waited}


_requests = itertools.count()


def scenario():
    n = next(_requests)
    fetch_with_retries(f"https://api.example.com/items/{n}", n)
