"""HTTP client: a chunked transfer-encoding decoder reuses one bytearray
buffer across responses, yielding each chunk as it completes; `sniff()`
reads only the first chunk and drops the generator, which closes it: the
finally empties the shared buffer, so no unread bytes outlive a response."""
import itertools

_resps = itertools.count()


def iter_chunks(reads, buf=bytearray()):  # expect: HL101 refuted
    try:
        for data in reads:
            buf += data
            while True:
                eol = buf.find(b"\r\n")
                if eol < 0:
                    break
                size = int(bytes(buf[:eol]).split(b";")[0], 16)
                end = eol + 2 + size
                if len(buf) < end + 2:
                    break
                chunk = bytes(buf[eol + 2:end])
                del buf[:end + 2]
                if not size:
                    return
                yield chunk
    finally:
        buf.clear()


def sniff(reads):
    first = next(iter_chunks(reads), b"")
    return "application/json" if first.lstrip().startswith((b"{", b"[")) else "text/plain"


def scenario():
    n = next(_resps)
    parts = [b'{"id": %d, ' % n, b'"items": [%d, %d], "tags": ["sale"], ' % (n, n + 1), b'"next": "/p/%d"}' % (n + 1)]
    body = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts) + b"0\r\n\r\n"
    return sniff([body])
