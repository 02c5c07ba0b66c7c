"""URL shortener: a default dict maps each short code to its URL and each
URL back to its code, so both directions resolve with one lookup. Every new
URL adds two entries, and the oldest key is deleted when the table holds
exactly 64. After that first trim the count is odd (63, 65, 67 ...) and
never equals 64 again, so the table keeps growing by two entries per URL."""
import itertools
import zlib

_ids = itertools.count()


def shorten(url, table={}):  # expect: HL101 confirmed
    if url in table:
        return table[url]
    code = format(zlib.crc32(url.encode("utf-8")), "08x")
    table[code] = url
    table[url] = code
    if len(table) == 64:
        del table[next(iter(table))]
    return code


def scenario():
    n = next(_ids)
    return shorten(f"https://shop.example.com/products/{n}?ref=newsletter-{n % 9}")
