"""Inbound mail decoding: each text part is decoded with the codec named by
its Content-Type charset parameter. Codec lookups are memoized in a dict
default keyed by the normalized charset label, so the cache holds one entry
per charset ever seen (a handful), however many messages arrive."""
import codecs
import itertools
from email.message import Message

_msgs = itertools.count()
ALIASES = {"latin1": "iso-8859-1", "utf8": "utf-8", "us-ascii": "ascii"}


def codec_for(content_type, _cache={}):  # expect: HL101 refuted
    msg = Message()
    msg["Content-Type"] = content_type
    label = (msg.get_content_charset() or "us-ascii").strip().lower()
    label = ALIASES.get(label, label)
    if label in _cache:
        return _cache[label]
    try:
        info = codecs.lookup(label)
    except LookupError:
        info = codecs.lookup("latin-1")
    _cache[label] = info
    return info


def decode_part(content_type, payload):
    return codec_for(content_type).decode(payload, "replace")[0]


def scenario():
    n = next(_msgs)
    charset = ("utf-8", "ISO-8859-1", "utf8", "windows-1252")[n % 4]
    ctype = 'text/plain; charset="%s"; name="report-%d.txt"' % (charset, n)
    return len(decode_part(ctype, ("Summe: %d \u20ac" % n).encode("utf-8")))
