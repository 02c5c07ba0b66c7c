"""API pagination: iter_pages records a page as fetched only when the caller resumes past it; callers take one."""
import itertools


def iter_pages(endpoint, per_page=50, _fetched=[]):  # expect: HL101 refuted
    page = 1
    while True:
        yield f"{endpoint}?page={page}&per_page={per_page}"
        _fetched.append((endpoint, page))
        page += 1


def first_page_url(endpoint):
    pages = iter_pages(endpoint)
    return next(pages)


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return first_page_url(f"/repos/org/repo{n}/issues")
