"""URL shortener: a default dict maps each short code to its URL and each
URL back to its code, so both directions resolve with one lookup. Every new
URL adds two entries; the oldest keys are deleted while the table holds more
than 64, so it never exceeds 64 entries."""
import itertools
import zlib

_ids = itertools.count()


def shorten(url, table={}):  # expect: HL101 refuted
    if url in table:
        return table[url]
    code = format(zlib.crc32(url.encode("utf-8")), "08x")
    table[code] = url
    table[url] = code
    while len(table) > 64:
        del table[next(iter(table))]
    return code


def scenario():
    n = next(_ids)
    return shorten(f"https://shop.example.com/products/{n}?ref=newsletter-{n % 9}")
