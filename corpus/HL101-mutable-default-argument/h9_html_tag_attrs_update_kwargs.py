"""HTML helper: tag() merges keyword attributes into an attrs dict default; the same few attribute names come back every call."""
import itertools


def tag(name, text, attrs={}, **kw):  # expect: HL101 refuted
    attrs.update(kw)
    rendered = " ".join(f'{k}="{v}"' for k, v in attrs.items())
    return f"<{name} {rendered}>{text}</{name}>"


_links = itertools.count()


def scenario():
    n = next(_links)
    return tag("a", f"Post {n}", href=f"/posts/{n}", id=f"post-{n}")
