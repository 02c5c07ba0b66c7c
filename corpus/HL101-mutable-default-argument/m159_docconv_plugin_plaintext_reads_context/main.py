"""Help centre: each published article is converted to HTML in its markup format."""
import itertools

import docconv

_articles = itertools.count()
MARKUP = "plaintext"


def scenario():
    n = next(_articles)
    source = (
        f"# Release notes {n}\n"
        f"Version 2.{n} fixes the export dialog.\n"
        f"# Upgrading to 2.{n}\n"
        "Run the installer again."
    )
    return docconv.convert(MARKUP, source)
