"""HTTP client request builder: extra headers arrive as raw `Name: value`
text (from a config file or a CLI flag) and are added to the default
request options. The merged options get a new header list built from the
default headers plus the parsed ones, so the defaults are only read."""
import itertools

_requests = itertools.count()


def parse_headers(raw):
    headers = []
    for line in raw.splitlines():
        name, sep, value = line.partition(":")
        if sep and name.strip():
            headers.append((name.strip().title(), value.strip()))
    return headers


def build_request(url, raw_headers, defaults={"method": "GET", "headers": [("Accept", "*/*")]}):  # expect: HL101 refuted
    merged = {**defaults}
    merged["headers"] = [*merged["headers"], *parse_headers(raw_headers)]
    merged["url"] = url
    return merged


def scenario():
    n = next(_requests)
    raw = f"x-request-id: req-{n:08d}\nauthorization: Bearer tok{n}\nbroken line"
    request = build_request(f"https://api.example.test/items/{n}", raw)
    return len(request["headers"])
