"""Notification renderer: an LRU memo in a dict default evicts the least recently used entry with min(key=...), but only when a maxsize is given."""
import itertools
from dataclasses import dataclass

_clock = itertools.count()


@dataclass(frozen=True)
class Context:
    user: str
    locale: str


# heaplint-todo: it flows into keys compared by their class's __eq__, which heaplint cannot see (heaplint: unknown)
def render(template, ctx, maxsize=None, _cache={}):  # expect: HL101 confirmed
    key = (template, ctx)
    hit = _cache.get(key)
    if hit is not None:
        _cache[key] = (hit[0], next(_clock))
        return hit[0]
    text = template.format(user=ctx.user, locale=ctx.locale)
    _cache[key] = (text, next(_clock))
    if maxsize and len(_cache) > maxsize:
        del _cache[min(_cache, key=lambda k: _cache[k][1])]
    return text


_users = itertools.count()


def scenario():
    n = next(_users)
    ctx = Context(f"member{n}", ("en", "de", "fr")[n % 3])
    return render("Hi {user}, your {locale} digest is ready", ctx)
