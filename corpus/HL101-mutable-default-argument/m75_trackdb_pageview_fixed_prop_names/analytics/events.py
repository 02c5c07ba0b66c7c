"""Product analytics events stored through trackdb."""
from trackdb import Record


class PageView(Record):
    table = "page_views"

    def __init__(self, visitor, path, **props):
        super().__init__(f"{visitor}:{path}", visitor=visitor, path=path, **props)
