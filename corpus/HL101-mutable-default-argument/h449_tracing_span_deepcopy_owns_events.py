"""Tracing: start_span() makes each span from a blank template with
`copy.deepcopy(_blank)`, so every span gets its own "tags" dict and "events"
list and the template's containers stay empty."""
import copy
import itertools

_requests = itertools.count()


def start_span(name, trace_id, _blank={"tags": {}, "events": [], "status": "unset"}):  # expect: HL101 refuted
    span = copy.deepcopy(_blank)
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
