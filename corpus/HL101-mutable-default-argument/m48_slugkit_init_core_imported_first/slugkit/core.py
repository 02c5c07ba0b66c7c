"""Reference implementation: NFKD folding and a regex, memoised per title."""
import re
import unicodedata

_SEPARATORS = re.compile(r"[^a-z0-9]+")


def normalize(text):
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def slugify(text, _memo={}):  # expect: HL101 refuted
    try:
        return _memo[text]
    except KeyError:
        slug = _memo[text] = _SEPARATORS.sub("-", normalize(text).lower()).strip("-")
        return slug


try:
    from .accel import slugify  # noqa: F811
except ImportError:
    pass
