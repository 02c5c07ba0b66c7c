"""Config parser: the try returns early, but the finally block still records a timing in the default."""
import itertools
import time


def parse_line(line, timings=[]):  # expect: HL101 confirmed
    start = time.perf_counter()
    try:
        key, _, value = line.partition("=")
        return key.strip(), value.strip()
    finally:
        timings.append((line, time.perf_counter() - start))


def load(n):
    return dict(parse_line(text) for text in (f"name = svc{n}", f"port = {8000 + n}"))


_configs = itertools.count()


def scenario():
    load(next(_configs))
