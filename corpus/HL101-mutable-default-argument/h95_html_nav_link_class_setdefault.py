"""Navigation menu renderer: each link gets an attribute dict; the current page and external links get extra CSS classes."""
import html
import itertools


def _attr_string(attrs):
    parts = []
    for key, value in sorted(attrs.items(), key=lambda kv: (kv[0] != "href", kv[0])):
        if isinstance(value, (list, tuple)):
            value = " ".join(value)
        parts.append(f'{key}="{html.escape(str(value))}"')
    return " ".join(parts)


def nav_link(item, current_slug, attrs={}):  # expect: HL101 confirmed
    slug, title, href = item
    classes = attrs.setdefault("class", ["nav-link"])
    classes.append(f"nav-{slug}")
    if slug == current_slug:
        classes.append("active")
    if href.startswith("http"):
        classes.append("external")
    return f"<a {_attr_string({**attrs, 'href': href})}>{html.escape(title)}</a>"


_pages = itertools.count()


def scenario():
    n = next(_pages)
    items = [(f"doc{n}", f"Doc {n}", f"/docs/{n}/"), (f"ext{n}", "Mirror", f"https://mirror.example/{n}")]
    return "".join(nav_link(item, f"doc{n}") for item in items)
