"""Docs site: builds the breadcrumb trail of a page from its URL path; `if crumbs is None` never fires for the [] default, so the default is appended to."""
import itertools


def breadcrumbs(path, crumbs=[]):  # expect: HL101 confirmed
    if crumbs is None:
        crumbs = []
    href = ""
    for part in path.strip("/").split("/"):
        href += "/" + part
        crumbs.append((part.replace("-", " ").title(), href))
    return crumbs


def render_nav(path):
    return " > ".join(f'<a href="{href}">{title}</a>' for title, href in breadcrumbs(path))


_pages = itertools.count()


def scenario():
    n = next(_pages)
    return render_nav(f"/guides/release-{n}/upgrade-notes")
