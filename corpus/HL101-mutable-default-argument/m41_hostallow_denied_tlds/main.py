import itertools

from netpolicy import OUTBOUND

_ids = itertools.count()


def host_of(url):
    rest = url.partition("://")[2]
    return rest.split("/", 1)[0].split(":", 1)[0]


def filter_urls(urls):
    allowed, blocked = [], 0
    for url in urls:
        if host_of(url) not in OUTBOUND:
            blocked += 1
            continue
        allowed.append(url)
    return allowed, blocked


def scenario():
    n = next(_ids)
    urls = [f"https://api.example.com/v1/items/{n}",
            f"https://img{n}.cdn.example.net/a.png",
            f"https://px{n}.tracker.io:8443/hit?u={n}"]
    return filter_urls(urls)
