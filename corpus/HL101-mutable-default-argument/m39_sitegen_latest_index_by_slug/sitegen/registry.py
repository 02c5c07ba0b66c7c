import enum


class PageKind(enum.Enum):
    POST = "post"
    TAG = "tag"
    ARCHIVE = "archive"


def index_page(page, index={}):  # expect: HL101 confirmed
    """Remember the newest page per feed, for the sitemap and Atom feeds."""
    kind = PageKind(page["kind"])
    key = (kind, page["slug"])
    previous = index.get(key)
    if previous is not None and previous["date"] > page["date"]:
        return previous
    index[key] = {"slug": page["slug"], "date": page["date"], "title": page["title"]}
    return index[key]
