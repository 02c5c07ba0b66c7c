"""Iterator over an issue tracker API's paged results, skipping records already delivered."""
import itertools

_req = itertools.count()


class ResultPages:
    def __init__(self, pages, delivered=set()):  # expect: HL101 confirmed
        self._pages = pages
        self._delivered = delivered

    def __iter__(self):
        for page in self._pages:
            for record in page.get("results", ()):
                key = record["id"]
                if key in self._delivered:
                    continue
                yield record
                self._delivered.add(key)


def first_with_status(results, status):
    for record in results:
        if record.get("state") == status:
            return record
    return None


def fetch_pages(project, n):
    return [
        {"page": 1, "results": [{"id": f"{project}-{n}", "state": "open"},
                                {"id": f"{project}-{n + 1}", "state": "closed"}]},
        {"page": 2, "results": []},
    ]


def scenario():
    n = next(_req) * 2
    pages = fetch_pages("CORE", n)
    first_with_status(ResultPages(pages), "closed")
