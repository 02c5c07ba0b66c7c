"""REST client helper: build_url() starts from the API's default query
parameters and layers the call's own parameters on top with dict.update(),
then encodes them in a stable order for the response cache key."""
import itertools
from urllib.parse import urlencode

_calls = itertools.count()

API_ROOT = "https://tracker.example.com/api/v2"


def build_url(path, params={"format": "json", "per_page": 50}, **query):  # expect: HL101 confirmed
    params.update(query)
    return f"{API_ROOT}{path}?{urlencode(sorted(params.items()))}"


def issues_page(project, page):
    return build_url("/issues", **{f"filter[{project}]": page}, sort="-updated")


def scenario():
    n = next(_calls)
    return issues_page(f"proj-{n}", n % 7 + 1)
