"""Docs preview: build a fresh three-page site for one pull request."""
import itertools

import pressgen

_prs = itertools.count(1)


def scenario():
    n = next(_prs)
    sources = {
        "/": f"# PR {n}\nSee [the guide](/guide/) and [notes](/notes-{n}/).",
        "/guide/": f"Install with `pip`. Back to [home](/). Try [faq](/faq-{n}/).",
        f"/notes-{n}/": "Nothing yet, see [home](/).",
    }
    site, report = pressgen.build_site(sources)
    return len(site), report[-1:]
