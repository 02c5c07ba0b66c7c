"""Request building: method, URL, headers and timeout for one API call."""
from .defaults import BASE_URL, DEFAULT_HEADERS, DEFAULT_TIMEOUT


def build_request(method, path, token=None, headers=DEFAULT_HEADERS):  # expect: HL101 refuted
    if token:
        headers = [*headers, f"Authorization: Bearer {token}"]
    return {
        "method": method,
        "url": BASE_URL + path,
        "headers": dict(h.split(": ", 1) for h in headers),
        "timeout": DEFAULT_TIMEOUT,
    }
