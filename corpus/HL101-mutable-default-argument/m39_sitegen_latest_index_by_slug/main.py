import itertools

from sitegen import build_page

_n = itertools.count(1)
LANGS = ("en", "de", "fr")

SOURCE = """---
kind: {kind}
title: Release notes {n}
date: 2024-03-{day:02d}T{n:06d}
lang: {lang}
---
Changes in build {n}: faster *incremental* rebuilds.
"""


def scenario():
    n = next(_n)
    kind = "tag" if n % 4 == 0 else "post"
    text = SOURCE.format(kind=kind, n=n, day=n % 28 + 1, lang=LANGS[n % 3])
    slug, html = build_page(text)
    return slug, len(html)
