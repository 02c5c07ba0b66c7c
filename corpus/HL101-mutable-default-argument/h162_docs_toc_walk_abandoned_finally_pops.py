"""Docs site: walks a document outline and yields each heading with its
section path ("Guide > Install > Linux"). The recursive generator shares a
`path` list default, appending on the way down and popping in a `finally`.
Search stops at the first match; closing the abandoned generators runs the
`finally` blocks, so the list is empty again after every search."""
import itertools

_ids = itertools.count()


def headings(section, path=[]):  # expect: HL101 refuted
    path.append(section["title"])
    try:
        yield " > ".join(path)
        for child in section.get("sections", ()):
            yield from headings(child, path)
    finally:
        path.pop()


def first_match(outline, needle):
    return next((h for h in headings(outline) if h.endswith(needle)), None)


def scenario():
    n = next(_ids)
    outline = {"title": f"User guide for release {n}", "sections": [
        {"title": f"Installing release {n}", "sections": [
            {"title": f"Linux packages for release {n}", "sections": [{"title": "Debian"}]},
            {"title": "macOS"}]},
        {"title": f"Upgrading to release {n}"},
    ]}
    return first_match(outline, "Debian")
