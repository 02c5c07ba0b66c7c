"""Blog slugs: `slugify` counts how often each base slug was handed out in a
`Counter` and appends `-2`, `-3`, ... on collisions. The CMS scopes collisions
to one import batch: it binds a fresh counter with `functools.partial` per
batch, so the default counter is never reached."""
import functools
import itertools
import re
from collections import Counter

WORD = re.compile(r"[a-z0-9]+")


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 14, 17 (heaplint: unknown)
def slugify(title, max_len=60, sep="-", taken=Counter()):  # expect: HL101 refuted
    base = sep.join(WORD.findall(title.lower()))[:max_len].strip(sep) or "post"
    taken[base] += 1
    count = taken[base]
    return base if count == 1 else "{}{}{}".format(base, sep, count)


def publish(titles):
    post_slug = functools.partial(slugify, max_len=40, taken=Counter())
    return {post_slug(title): title for title in titles}


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return publish(["Weekly digest #%d" % n, "Release notes %d.%d" % (n // 10, n % 10), "Weekly digest #%d" % n])
