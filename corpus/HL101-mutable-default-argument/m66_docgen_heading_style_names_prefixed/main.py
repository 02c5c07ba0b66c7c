"""Release notes: each release renders a small HTML document from light markup."""
import itertools

import docgen

_releases = itertools.count(1)


def scenario():
    n = next(_releases)
    markup = [
        f"# Release 2.{n}",
        f"Fixed {n % 7 + 1} bugs in the exporter.",
        f"## Upgrading from 2.{n - 1}",
        "No configuration changes are needed.",
        f"| exporter | {n % 7 + 1} | fixed",
    ]
    return docgen.build(markup)
