import re

from .stats import record_hit

REQUEST_LINE = re.compile(
    r"^(?P<method>GET|POST|PUT|DELETE) /api/(?P<resource>orders|invoices|customers)/(?P<id>\d+) HTTP/1\.[01]$"
)


def handle(line):
    match = REQUEST_LINE.match(line)
    if match is None:
        return 400, "bad request line"
    hits = record_hit(match)
    return 200, "%s #%s (%d hits)" % (match["resource"], match["id"], hits)
