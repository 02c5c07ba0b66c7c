"""API client: page links are built by writing the page number into a params default handed to urlencode."""
import itertools
from urllib.parse import urlencode

BASE = "https://api.example.com/v2/"


def page_url(resource: str, page: int, params: dict[str, str] = {}) -> str:  # expect: HL101 refuted
    # Labelled unknown at first; heaplint models urllib.parse as reading its arguments only, and the
    # CPython measures no growth (+0 B/call), so refuted is the measured answer.
    params["page"] = str(page)
    params.setdefault("per_page", "50")
    return BASE + resource + "?" + urlencode(params)


def page_links(resource: str, current: int, last: int) -> dict[str, str]:
    links = {"first": page_url(resource, 1), "last": page_url(resource, last)}
    if current > 1:
        links["prev"] = page_url(resource, current - 1)
    if current < last:
        links["next"] = page_url(resource, current + 1)
    return links


def link_header(links: dict[str, str]) -> str:
    return ", ".join(f'<{url}>; rel="{rel}"' for rel, url in links.items())


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return link_header(page_links(f"orgs/{n}/members", n % 9 + 1, 9))
