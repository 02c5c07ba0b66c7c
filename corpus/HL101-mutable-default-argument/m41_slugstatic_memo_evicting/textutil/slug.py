"""URL slugs for titles."""
import re
import unicodedata

_NON_WORD = re.compile(r"[^\w\s-]")
_SEPARATORS = re.compile(r"[-\s]+")


def slugify(title, max_length=50, _memo={}):  # expect: HL101 refuted
    try:
        return _memo[title]
    except KeyError:
        pass
    text = unicodedata.normalize("NFKD", title)
    text = text.encode("ascii", "ignore").decode("ascii")
    text = _SEPARATORS.sub("-", _NON_WORD.sub("", text).strip().lower())
    slug = text[:max_length].rstrip("-")
    if not slug:
        raise ValueError(f"title {title!r} has no sluggable characters")
    if len(_memo) >= 32:
        _memo.pop(next(iter(_memo)))
    _memo[title] = slug
    return slug


def clear_slug_cache():
    """For tests: forget memoised slugs."""
    slugify.__defaults__[-1].clear()
