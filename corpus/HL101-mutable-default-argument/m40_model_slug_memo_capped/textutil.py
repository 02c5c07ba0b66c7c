import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def slugify(title, _memo={}, max_entries=None):  # expect: HL101 refuted
    """URL slug for ``title``; memoised, optionally keeping at most ``max_entries``."""
    try:
        return _memo[title]
    except KeyError:
        pass
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = _NON_ALNUM.sub("-", text.lower()).strip("-") or "untitled"
    if max_entries and len(_memo) >= max_entries:
        _memo.pop(next(iter(_memo)))
    _memo[title] = slug
    return slug
