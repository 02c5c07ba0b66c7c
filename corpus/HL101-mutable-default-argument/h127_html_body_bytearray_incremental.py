"""HTTP template response: fragments of a rendered page are encoded into a
bytearray default, escaping text, formatting numbers and passing bytes
through. `Response.encode_body` is the encoder as a class attribute; each
call returns only the bytes it added, but the buffer is never emptied."""
import html
import itertools

_ids = itertools.count()


def encode_fragments(fragments, encoding="utf-8", _buf=bytearray()):  # expect: HL101 confirmed
    if not fragments:
        return b""
    start = len(_buf)
    for fragment in fragments:
        if fragment is None:
            continue
        if isinstance(fragment, bytes):
            _buf.extend(fragment)
        elif isinstance(fragment, (int, float)):
            _buf.extend(format(fragment, ",").encode(encoding))
        else:
            _buf.extend(html.escape(str(fragment)).encode(encoding))
    return bytes(_buf[start:])


class Response:
    encode_body = staticmethod(encode_fragments)

    def __init__(self, fragments):
        self.body = self.encode_body(fragments)
        self.headers = {"Content-Length": str(len(self.body))}


def scenario():
    n = next(_ids)
    page = [b"<h1>", f"Invoice #{n} for O'Neil & Co", b"</h1><p>", n * 1.25, None, b"</p>"]
    return Response(page).headers["Content-Length"]
