"""Outgoing mail: a quoted-printable body encoder writes into a bytearray
scratch buffer passed as a default argument, to avoid reallocating it per
message. The buffer is emptied in a finally clause, so the normal return and
the UnicodeEncodeError of a wrongly chosen charset both leave it empty."""
import itertools

_bodies = itertools.count()
SAFE = frozenset(range(33, 127)) - {ord("=")}


def qp_encode(text, charset="utf-8", maxline=76, out=bytearray()):  # expect: HL101 refuted
    try:
        for line in text.splitlines():
            col = 0
            for byte in line.encode(charset):
                piece = bytes((byte,)) if byte in SAFE or byte == 32 else b"=%02X" % byte
                if col + len(piece) > maxline - 1:
                    out += b"=\r\n"
                    col = 0
                out += piece
                col += len(piece)
            out += b"\r\n"
        return bytes(out)
    finally:
        out.clear()


def scenario():
    n = next(_bodies)
    closing = "Gr\u00fc\u00dfe" if n % 2 else "Regards"
    body = "Hallo Team,\nRechnung %d: %d,%02d EUR\n%s\n" % (n, n * 3, n % 100, closing)
    charset = "ascii" if body.isascii() else "utf-8"
    return len(qp_encode(body, charset=charset))
