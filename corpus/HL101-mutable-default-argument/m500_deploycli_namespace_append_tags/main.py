"""Release tooling: one `deploy` invocation per call, with a fresh build tag."""
import itertools

from deploycli import commands

_builds = itertools.count()


def scenario():
    n = next(_builds)
    argv = ["--env", "prod" if n % 2 else "staging", "--tag", f"build-{n:05d}+sha.{n * 2654435761 % 16**8:08x}", "--tag", "canary"]
    return commands.deploy(argv)
