"""In-memory parts of a multipart/form-data parser, tracked while they are open."""
import io
import itertools
import weakref

_upload = itertools.count()


class SpooledPart:
    def __init__(self, name, data, open_parts={}):  # expect: HL101 refuted
        self.name = name
        self._buffer = io.BytesIO(data)
        open_parts[name] = len(data)
        self._finalizer = weakref.finalize(self, open_parts.pop, name, None)

    def read(self):
        return self._buffer.getvalue()

    def close(self):
        if self._finalizer.alive:
            self._buffer.close()
            self._finalizer()


def parse_form(body, boundary):
    fields = {}
    for chunk in body.split(b"--" + boundary):
        head, sep, payload = chunk.strip(b"\r\n").partition(b"\r\n\r\n")
        if not sep or b'name="' not in head:
            continue
        name = head.split(b'name="', 1)[1].split(b'"', 1)[0].decode()
        part = SpooledPart(name, payload)
        fields[name] = part.read().decode("utf-8", "replace")
        part.close()
    return fields


def scenario():
    n = next(_upload)
    body = (f'--XB\r\nContent-Disposition: form-data; name="title{n}"\r\n\r\nhello {n}\r\n'
            '--XB--').encode()
    parse_form(body, b"XB")
