"""Proxy: raw header blocks are parsed from bytes into a dict of lists
(repeated headers such as Set-Cookie keep every value). A decorator decodes
the block, drops empty lines and, unless the caller brought its own target,
hands the parser a new dict, so the `into` default is never reached."""
import functools
import itertools

_reqs = itertools.count()


def decoded(fn):
    @functools.wraps(fn)
    def wrapper(block, **kwargs):
        text = block.decode("latin-1") if isinstance(block, (bytes, bytearray)) else block
        kwargs.setdefault("into", {})
        return fn([line for line in text.split("\r\n") if line], **kwargs)
    return wrapper


@decoded
# heaplint-todo: the store at line 26 sits behind conditions heaplint cannot evaluate, and no way it tried reached it (heaplint: unknown)
def parse_headers(lines, into={}):  # expect: HL101 refuted
    for line in lines:
        name, sep, value = line.partition(":")
        if not sep:
            continue
        into.setdefault(name.strip().lower(), []).append(value.strip())
    return into


def scenario():
    n = next(_reqs)
    block = b"Host: api%d.example.net\r\nSet-Cookie: sid=%08x\r\nSet-Cookie: seen=%d\r\nbroken line\r\n\r\n" % (
        n % 4, n * 2654435761 % 2**32, n)
    headers = parse_headers(block)
    return headers["host"][-1], len(headers.get("set-cookie", ()))
