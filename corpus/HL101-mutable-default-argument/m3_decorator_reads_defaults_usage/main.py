"""Dev server CLI: each invocation runs `serve` with its own argv; --help shows the generated usage."""
import itertools

from tool.commands import serve

_runs = itertools.count()


def scenario():
    n = next(_runs)
    return serve(["--port", str(8000 + n)]), serve.usage
