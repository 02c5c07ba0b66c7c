"""Serial link: a decoder appends each read to a bytearray default and cuts
frames (magic 0xA5, 1-byte length, payload) off its front. On a bad magic
byte it returns early, meaning to resynchronise on the next read, but leaves
the buffer as it is: from then on every read piles up behind the bad byte."""
import functools
import itertools

MAGIC = 0xA5
_reads = itertools.count()


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 16 (heaplint: unknown)
def decode(chunk, port, buf=bytearray()):  # expect: HL101 confirmed
    buf += chunk
    frames = []
    while len(buf) >= 2:
        if buf[0] != MAGIC:
            return frames
        size = buf[1]
        if len(buf) < 2 + size:
            break
        frames.append((port, bytes(buf[2:2 + size])))
        del buf[:2 + size]
    return frames


read_console = functools.partial(decode, port="ttyS0")


def scenario():
    n = next(_reads)
    payloads = [b"S%d:T=%d;H=%d" % (s, 200 + (n + s) % 50, n % 100) for s in range(3)]
    noise = b"\xff" if n % 5 == 4 else b""
    return read_console(noise + b"".join(bytes([MAGIC, len(p)]) + p for p in payloads))
