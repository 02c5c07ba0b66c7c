"""Template engine: `{{ value|name }}` filters are looked up in a
name -> function table. The slug filter memoises its output in a dict
default keyed by the input text, and evicts the oldest entry once it holds
32, so the memo stays bounded however many pages are rendered."""
import itertools
import re

_pages = itertools.count()


def slugify(text, _memo={}):  # expect: HL101 refuted
    if text not in _memo:
        if len(_memo) >= 32:
            del _memo[next(iter(_memo))]
        _memo[text] = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return _memo[text]


FILTERS = {"slug": slugify, "upper": str.upper, "strip": str.strip}


def render(template, context):
    def replace(match):
        name, *filters = [part.strip() for part in match.group(1).split("|")]
        value = str(context[name])
        for filter_name in filters:
            value = FILTERS[filter_name](value)
        return value
    return re.sub(r"\{\{(.*?)\}\}", replace, template)


def scenario():
    n = next(_pages)
    context = {"title": f"Release notes for build {n} (stable)"}
    return render('<a href="/posts/{{ title|slug }}">{{ title|upper }}</a>', context)
