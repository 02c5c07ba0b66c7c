"""A small static-site generator; renderers live in sitegen.plugins."""
from .plugins import handler_for
from .registry import PageKind, index_page as latest_page

__all__ = ["PageKind", "build_page", "latest_page"]


def parse_front_matter(text):
    head, sep, body = text.partition("\n---\n")
    if not sep or not head.startswith("---"):
        return {}, text
    meta = {}
    for line in head.splitlines()[1:]:
        name, colon, value = line.partition(":")
        if colon:
            meta[name.strip().lower()] = value.strip()
    return meta, body


def build_page(text):
    meta, body = parse_front_matter(text)
    if "title" not in meta:
        raise ValueError("page without a title")
    render = handler_for(meta.get("kind", PageKind.POST.value))
    return render(meta, body.strip())
