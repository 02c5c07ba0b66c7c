"""Changelog page: each release renders its notes from markdown."""
import itertools

from mdlite import *  # noqa: F403  (render)

_releases = itertools.count()


def scenario():
    n = next(_releases)
    source = (
        f"# Release 1.{n}\n\n"
        f"Fixed **issue #{n}** in the _exporter_.\n\n"
        f"Run `upgrade --to 1.{n}` to update."
    )
    return render(source)  # noqa: F405
