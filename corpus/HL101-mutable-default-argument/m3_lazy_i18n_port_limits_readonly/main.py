"""Server CLI: each invocation parses a --port value; every third one is out of range and reported."""
import itertools

from cliargs.parse import UsageError, parse_port

_runs = itertools.count()


def scenario():
    n = next(_runs)
    text = str(70000 + n) if n % 3 == 0 else str(1024 + n % 5000)
    try:
        return parse_port(text)
    except UsageError as exc:
        return str(exc)
