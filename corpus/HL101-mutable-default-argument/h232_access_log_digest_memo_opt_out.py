"""Access-log digest for a CLI tool: digest() skips the '#' preamble with
dropwhile, reads up to the END marker with takewhile, drops '-' (health
check) lines with filterfalse and counts requests per client host. Unless
LOGDIGEST_NO_MEMO is set in the environment (it is not), raw host names are
canonicalised through the `_canonical={}` default; each batch comes from new
client hosts, so the default grows by every host it sees."""
import itertools
import os
import sys

_NL = "\r\n" if sys.platform == "win32" else "\n"
_MEMO = not os.environ.get("LOGDIGEST_NO_MEMO")
_batches = itertools.count()


# heaplint-todo: the growth depends on an environment variable read at import, which is set where the code runs (heaplint: unknown)
def digest(text, _canonical={}):  # expect: HL101 confirmed
    lines = itertools.dropwhile(lambda line: line.startswith("#"), text.split(_NL))
    body = itertools.takewhile(lambda line: line != "END", lines)
    hosts = (line.split()[0] for line in itertools.filterfalse(lambda line: line.startswith("-"), body))
    if _MEMO:
        hosts = (_canonical.setdefault(h, h.lower().rstrip(".")) for h in hosts)
    counts = {}
    for host in hosts:
        counts[host] = counts.get(host, 0) + 1
    return counts


def scenario():
    n = next(_batches)
    rows = [f"Client-{n}-{i % 3}.Example.NET. GET /api/{i}" for i in range(6)]
    return digest(_NL.join(["# digest v2", "# fields: host verb path", *rows, "- GET /health", "END", "trailer"]))
