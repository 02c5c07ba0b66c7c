"""Release notes: changelog_chunks() joins lines from a list default into streamed chunks and clears it after each yield; the preview takes only the first chunk."""
import itertools

CHUNK_LINES = 8


def changelog_chunks(releases, _lines=[]):  # expect: HL101 confirmed
    for version, notes in releases:
        _lines.append(f"## {version}")
        _lines.extend(f"- {note}" for note in notes)
        if len(_lines) >= CHUNK_LINES:
            yield "\n".join(_lines)
            _lines.clear()
    if _lines:
        yield "\n".join(_lines)
        _lines.clear()


def preview(releases):
    return next(changelog_chunks(releases), "")


_builds = itertools.count()


def scenario():
    n = next(_builds)
    releases = [(f"2.{n}.0", [f"fix #{n * 10 + i}" for i in range(3)]), (f"2.{n - 1}.9", ["docs"])]
    return preview(releases)
