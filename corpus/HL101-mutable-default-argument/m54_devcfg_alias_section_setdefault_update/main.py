"""Git-style front end: each run reads the repository's rc file and expands an alias."""
import itertools

import devcfg

_repos = itertools.count(1)


def scenario():
    n = next(_repos)
    rc = (
        "[core]\n"
        f"editor = nano  # repo {n}\n"
        "[alias]\n"
        f"rel{n} = tag -s v1.{n}.0\n"
        "lg = log --oneline --graph\n"
    )
    settings = devcfg.load_settings(devcfg.parse_rc(rc))
    return devcfg.expand_alias(settings, [f"rel{n}", "-m", f"release {n}"])
