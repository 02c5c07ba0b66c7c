import re
import unicodedata

from ..settings import SLUG_MEMO_LIMIT

__all__ = ["slugify"]

_NON_WORD = re.compile(r"[^a-z0-9]+")


def _cached_slug(text, _memo={}):  # expect: HL101 refuted
    slug = _memo.get(text)
    if slug is None:
        ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        slug = _memo[text] = _NON_WORD.sub("-", ascii_text.lower()).strip("-")
        if SLUG_MEMO_LIMIT is not None and len(_memo) > SLUG_MEMO_LIMIT:
            del _memo[next(iter(_memo))]
    return slug


slugify = _cached_slug
