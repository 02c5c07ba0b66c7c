"""Inbound mail decoding: each text part is decoded with the codec named by
its Content-Type charset parameter. To skip reparsing the header, codec
lookups are memoized in a dict default keyed by the raw Content-Type value,
which carries each attachment's name, so every part adds an entry."""
import codecs
import itertools
from email.message import Message

_msgs = itertools.count()
ALIASES = {"latin1": "iso-8859-1", "utf8": "utf-8", "us-ascii": "ascii"}


def codec_for(content_type, _cache={}):  # expect: HL101 confirmed
    if content_type in _cache:
        return _cache[content_type]
    msg = Message()
    msg["Content-Type"] = content_type
    label = (msg.get_content_charset() or "us-ascii").strip().lower()
    label = ALIASES.get(label, label)
    try:
        info = codecs.lookup(label)
    except LookupError:
        info = codecs.lookup("latin-1")
    _cache[content_type] = info
    return info


def decode_part(content_type, payload):
    return codec_for(content_type).decode(payload, "replace")[0]


def scenario():
    n = next(_msgs)
    charset = ("utf-8", "ISO-8859-1", "utf8", "windows-1252")[n % 4]
    ctype = 'text/plain; charset="%s"; name="report-%d.txt"' % (charset, n)
    return len(decode_part(ctype, ("Summe: %d \u20ac" % n).encode("utf-8")))
