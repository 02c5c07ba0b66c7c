"""Timing plugin: stamps the request at start and reports the tick count at the end."""
from gateway.hooks import on


def start(request):
    request["t0"] = request["tick"]


def stop(request):
    return ("timing", request["tick"] - request["t0"])


def setup():
    on("request.start", start, priority=10)
    on("request.end", stop)
