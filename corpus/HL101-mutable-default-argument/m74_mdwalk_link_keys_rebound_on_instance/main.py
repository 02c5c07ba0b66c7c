"""Wiki preview: each edit re-renders the page summary (title and outgoing links)."""
import itertools

from mdwalk.driver import summarize

_edits = itertools.count()


def scenario():
    n = next(_edits)
    source = "\n".join([
        f"# Release notes {n}",
        "Fixed the importer.",
        f"[changelog](https://wiki.example.test/changes/{n})",
        "[home](https://wiki.example.test/)",
    ])
    return summarize(f"page-{n}", source)
