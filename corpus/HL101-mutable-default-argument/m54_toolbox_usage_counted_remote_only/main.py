"""Hosted dev shell: each session clones a fork and wires up the upstream remote."""
import itertools

import toolbox.cli as cli

_sessions = itertools.count(1)


def scenario():
    n = next(_sessions)
    repo = {}
    out = [cli.dispatch(["clone", f"https://git.example.com/user{n}/widgets.git"], repo)]
    out.append(cli.dispatch(["remote", "add", "upstream", "https://git.example.com/acme/widgets.git"], repo))
    if n % 2:
        out.append(cli.dispatch(["remote", "rm", "upstream"], repo))
    return out
