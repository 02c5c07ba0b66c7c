"""Log viewer: parses each fetched chunk of a remote log into lines and
returns the last three for the status bar. The lines go into the default
buffer with the slice assignment `buf[len(buf):] = lines`, an in-place
extend, so every chunk ever fetched stays in the buffer."""
import itertools

_chunks = itertools.count()


def read_chunk(text, buf=[]):  # expect: HL101 confirmed
    lines = [line.rstrip() for line in text.splitlines() if line.strip()]
    buf[len(buf):] = lines
    return buf[-3:]


def scenario():
    n = next(_chunks)
    text = f"GET /api/items/{n} 200\n\nPOST /api/orders/{n} 201\nGET /health 200\n"
    return read_chunk(text)
