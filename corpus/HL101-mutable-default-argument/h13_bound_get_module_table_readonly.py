"""HTTP status text: the default is a bound get of a module-level table, only read."""
import itertools

_REASONS = {200: "OK", 301: "Moved Permanently", 404: "Not Found", 500: "Internal Server Error"}


def status_line(code, version="HTTP/1.1", reason_for=_REASONS.get):
    return f"{version} {code} {reason_for(code, 'Unknown')}"


_responses = itertools.count()


def scenario():
    n = next(_responses)
    return status_line((200, 301, 404, 500, 418)[n % 5]) + f" #{n}"
