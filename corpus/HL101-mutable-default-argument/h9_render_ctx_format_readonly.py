"""Tiny templating: render fills a str.format template from a context dict that defaults to empty."""
import itertools


def render(tpl, ctx={}, **extra):  # expect: HL101 refuted
    values = dict(ctx)
    values.update(extra)
    return tpl.format(**values)


_pages = itertools.count()


def scenario():
    n = next(_pages)
    head = render("<h1>Welcome</h1>")
    body = render("<p>{user} has {count} messages</p>", user=f"user{n}", count=n % 9)
    return head + body
