"""Compression: an LZW encoder starts from the table of all single-byte
strings, built once by a dict comprehension as the default argument, and
gives every new phrase it meets the next free code. It works on a copy of
the seed table made at the top of each call, so the default is only read
and still holds its 256 single-byte entries after any number of messages."""
import itertools

_msgs = itertools.count()


def lzw_encode(data, table={bytes([i]): i for i in range(256)}):  # expect: HL101 refuted
    table = dict(table)
    codes, phrase = [], b""
    for byte in data:
        candidate = phrase + bytes([byte])
        if candidate in table:
            phrase = candidate
            continue
        codes.append(table[phrase])
        table[candidate] = len(table)
        phrase = bytes([byte])
    if phrase:
        codes.append(table[phrase])
    return codes


def scenario():
    n = next(_msgs)
    request = b"GET /objects/%d?rev=%d HTTP/1.1\r\nHost: cdn%d.example.net\r\n\r\n" % (n, n * 7, n % 5)
    codes = lzw_encode(request)
    return len(codes), max(codes)
