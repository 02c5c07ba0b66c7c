from .links import *  # noqa: F403
from .markup import to_html


def walk(sources, start="/"):
    """Render the pages reachable from start, breadth first."""
    site, queue = {}, [start]
    while queue:
        url = queue.pop(0)
        if url in site or url not in sources:
            continue
        site[url] = to_html(sources[url])
        queue.extend(extract_links(site[url]))  # noqa: F405
    return site


def build_site(sources):
    site = walk(sources)
    report = [f"{src}: broken link to {dst}" for src, dst in check_links(site)]  # noqa: F405
    return site, report
