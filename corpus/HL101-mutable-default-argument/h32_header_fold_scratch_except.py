"""HTTP/1.1 header-block parser: repeated fields are folded in a scratch dict default, emptied only on parse errors."""
import itertools


def parse_header_block(raw, _fields={}):  # expect: HL101 confirmed
    try:
        for line in raw.split("\r\n"):
            if not line:
                break
            name, sep, value = line.partition(":")
            if not sep or name != name.strip():
                raise ValueError(f"malformed header line: {line!r}")
            _fields.setdefault(name.lower(), []).append(value.strip())
        return {name: ", ".join(values) for name, values in _fields.items()}
    except ValueError:
        _fields.clear()
        raise


_requests = itertools.count()


def scenario():
    n = next(_requests)
    raw = (f"Host: api.example.com\r\nAccept: application/json\r\n"
           f"X-Request-Id: req-{n}\r\nAccept: text/html;q=0.{n % 9}\r\n\r\n")
    return parse_header_block(raw)["accept"]
