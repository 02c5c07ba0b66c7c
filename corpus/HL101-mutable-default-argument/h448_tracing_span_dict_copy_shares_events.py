"""Tracing: start_span() makes each span from a blank template with
`dict(_blank)`. That copy is shallow: the new span gets its own top-level
dict, but its "tags" dict and "events" list are the template's, so every
span's tags and events land in the default."""
import itertools

_requests = itertools.count()


def start_span(name, trace_id, _blank={"tags": {}, "events": [], "status": "unset"}):  # expect: HL101 confirmed
    span = dict(_blank)
    span["name"] = name
    span["trace_id"] = trace_id
    return span


def add_event(span, message, **attrs):
    span["events"].append((message, attrs))


def handle_request(path, trace_id):
    span = start_span("GET " + path, trace_id)
    span["tags"][f"http.route.{trace_id}"] = path
    add_event(span, "request.received", path=path)
    span["status"] = "ok"
    return span


def scenario():
    n = next(_requests)
    span = handle_request(f"/orders/{n}", f"trace-{n:08x}")
    return span["name"], span["status"]
