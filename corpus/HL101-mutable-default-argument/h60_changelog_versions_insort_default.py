"""Changelog builder: release tags are parsed and kept in version order with bisect.insort."""
import bisect
import itertools
import textwrap

_TAG_PREFIX = "v"


def parse_tag(tag):
    return tuple(int(part) for part in tag.lstrip(_TAG_PREFIX).split("."))


def merge_versions(tags, ordered=[]):  # expect: HL101 confirmed
    for tag in tags:
        version = parse_tag(tag)
        if version not in ordered:
            bisect.insort(ordered, version)
    return ordered


def render_changelog(project, tags):
    versions = merge_versions(tags)
    latest = ".".join(map(str, versions[-1]))
    body = ", ".join(".".join(map(str, v)) for v in reversed(versions[-3:]))
    return textwrap.fill(f"{project} {latest}: recent releases {body}", width=60)


_projects = itertools.count()


def scenario():
    n = next(_projects)
    tags = [f"v{n}.0.0", f"v{n}.1.0", f"v{n}.0.{n % 7 + 1}"]
    return render_changelog(f"proj-{n}", tags)
