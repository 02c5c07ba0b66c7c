"""Record encoder: uses msgspec's encode_into with a reusable buffer when it is installed, else json; the buffer default goes to msgspec."""
import itertools
import json

try:
    import msgspec
except ImportError:
    msgspec = None


def encode(record, buf=bytearray()):  # expect: HL101 unknown
    if msgspec is not None:
        msgspec.json.encode_into(record, buf)
        return bytes(buf)
    buf[:] = json.dumps(record, separators=(",", ":")).encode()
    out = bytes(buf)
    buf.clear()
    return out


_records = itertools.count()


def scenario():
    n = next(_records)
    return encode({"id": n, "name": f"rec{n}", "tags": ["a", str(n)]})
