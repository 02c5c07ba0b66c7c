"""Link-preview service: streams a fetched page body and keeps only the head for title extraction."""
import itertools
import re

CHUNK_SIZE = 1024
PREVIEW_BYTES = 2 * 1024
_TITLE = re.compile(rb"<title>(.*?)</title>", re.I | re.S)


class Response:
    def __init__(self, url, body):
        self.url = url
        self._body = body

    # heaplint-todo: whether the generator reaches its store depends on a test heaplint cannot evaluate (unknown, not refuted)
    def iter_content(self, chunk_size=CHUNK_SIZE, _transfers=[]):  # expect: HL101 refuted
        received = 0
        for start in range(0, len(self._body), chunk_size):
            chunk = self._body[start:start + chunk_size]
            received += len(chunk)
            yield chunk
        _transfers.append((self.url, received))


def preview(response):
    head = b""
    for chunk in response.iter_content():
        head += chunk
        if len(head) >= PREVIEW_BYTES:
            break
    match = _TITLE.search(head)
    return match.group(1).decode("utf-8", "replace").strip() if match else response.url


_pages = itertools.count()


def scenario():
    n = next(_pages)
    body = b"<html><head><title>Release notes %d</title></head><body>" % n + b"<p>changelog</p>" * 300
    return preview(Response(f"https://blog.example.com/posts/{n}", body))
