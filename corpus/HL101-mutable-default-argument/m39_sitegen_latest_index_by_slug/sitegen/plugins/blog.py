import re

from ..registry import PageKind, index_page

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_EMPHASIS = re.compile(r"\*(.+?)\*")


def slugify(title):
    return _NON_SLUG.sub("-", title.lower()).strip("-")


def _page(kind, meta):
    return {
        "kind": kind.value,
        "slug": slugify(meta["title"]),
        "lang": meta.get("lang", "en"),
        "date": meta.get("date", ""),
        "title": meta["title"],
    }


def render_post(meta, body):
    page = _page(PageKind.POST, meta)
    html = "<article><h1>%s</h1><p>%s</p></article>" % (
        page["title"], _EMPHASIS.sub(r"<em>\1</em>", body))
    index_page(page)
    return page["slug"], html


def render_tag(meta, body):
    page = _page(PageKind.TAG, meta)
    index_page(page)
    return page["slug"], "<section class='tag'>%s</section>" % page["title"]
