"""Table-driven slugify: one translate() pass instead of NFKD and a regex."""
import string

from .core import normalize

_KEEP = string.ascii_lowercase + string.digits
_TABLE = {code: "-" for code in range(128) if chr(code) not in _KEEP + string.ascii_uppercase}
_TABLE.update({ord(ch): ch.lower() for ch in string.ascii_uppercase})


def transliterate(text):
    return normalize(text) if not text.isascii() else text


def slugify(text):
    words = transliterate(text).translate(_TABLE).split("-")
    return "-".join(word for word in words if word)
