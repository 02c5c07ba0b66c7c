"""HTTP template response: page fragments are encoded into a bytearray default
(text escaped, numbers formatted, bytes passed through) by the class attribute
`Response.encode_body`; the buffer is copied out and emptied in `finally`."""
import html
import itertools

_ids = itertools.count()


def encode_fragments(fragments, encoding="utf-8", _buf=bytearray()):  # expect: HL101 refuted
    if not fragments:
        return b""
    try:
        for fragment in fragments:
            if fragment is None:
                continue
            if isinstance(fragment, bytes):
                _buf.extend(fragment)
            elif isinstance(fragment, (int, float)):
                _buf.extend(format(fragment, ",").encode(encoding))
            else:
                _buf.extend(html.escape(str(fragment)).encode(encoding))
        return bytes(_buf)
    finally:
        del _buf[:]


class Response:
    encode_body = staticmethod(encode_fragments)

    def __init__(self, fragments):
        self.body = self.encode_body(fragments)
        self.headers = {"Content-Length": str(len(self.body))}


def scenario():
    n = next(_ids)
    page = [b"<h1>", f"Invoice #{n} for O'Neil & Co", b"</h1><p>", n * 1.25, None, b"</p>"]
    return Response(page).headers["Content-Length"]
