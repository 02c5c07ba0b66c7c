"""Wire protocol: `buf += chunk` extends a bytearray default in place; `out = out + chunk` builds a new one."""
import itertools


def assemble(chunk, buf=bytearray()):  # expect: HL101 confirmed
    buf += chunk
    return len(buf)


def frame(chunk, out=bytearray(b"\x02")):  # expect: HL101 refuted
    out = out + chunk + b"\x03"
    return bytes(out)


_packets = itertools.count()


def scenario():
    payload = f"pkt-{next(_packets):08d}|".encode() * 8
    frame(payload)
    assemble(payload)
