"""Docs site: builds the breadcrumb trail of a page from its URL path; `if not crumbs` is always true for the empty default, so a fresh list is used."""
import itertools


def breadcrumbs(path, crumbs=[]):  # expect: HL101 refuted
    if not crumbs:
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
