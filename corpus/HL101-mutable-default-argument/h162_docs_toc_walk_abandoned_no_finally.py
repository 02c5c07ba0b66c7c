"""Docs site: walks a document outline and yields each heading with its
section path ("Guide > Install > Linux"). The recursive generator shares a
`path` list default, appending on the way down and popping after the
children. Search stops at the first match; when the abandoned generators
are closed the pop never runs, so the titles on that path stay."""
import itertools

_ids = itertools.count()


def headings(section, path=[]):  # expect: HL101 confirmed
    path.append(section["title"])
    yield " > ".join(path)
    for child in section.get("sections", ()):
        yield from headings(child, path)
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
