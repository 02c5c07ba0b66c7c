"""App logging helper from a tutorial: every message is stamped and appended to a history list so the last few can be shown."""
import itertools


def log(msg, level="INFO", history=[]):  # expect: HL101 confirmed
    line = f"[{level}] {msg}"
    history.append(line)
    return history[-5:]


_requests = itertools.count()


def scenario():
    n = next(_requests)
    log(f"handled request {n}")
    return log(f"request {n} took {n % 7} ms", level="DEBUG")[-1]
