"""API wrapper: a generic REST client merges per-call query parameters into
a default params dict, keeping repeated parameters as lists
(`label=a&label=b`); an issues client forwards its **kwargs through super()
after adding paging. The lists live in the default and grow every call."""
import itertools
from urllib.parse import urlencode

_ids = itertools.count()


class RestClient:
    def __init__(self, base):
        self.base = base

    def get(self, path, params={}, **extra):  # expect: HL101 confirmed
        for key, value in extra.items():
            params.setdefault(key, []).append(value)
        return f"{self.base}{path}?{urlencode(sorted(params.items()), doseq=True)}"


class IssuesClient(RestClient):
    def get(self, path, page=1, **kwargs):
        kwargs.setdefault("per_page", 50)
        return super().get(path, page=page, **kwargs)


def scenario():
    n = next(_ids)
    client = IssuesClient(f"https://git{n % 3}.example.com/api")
    return len(client.get(f"/repos/team/proj{n}/issues", page=n, state="open", label=f"sprint-{n}"))
