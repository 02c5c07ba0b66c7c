"""Greeting API: each request comes from a different partner site."""
import itertools

from service.app import handle

_requests = itertools.count()


def scenario():
    n = next(_requests)
    request = {"id": f"req-{n}", "user": f"user{n}", "origin": f"https://partner{n}.example"}
    response = handle(request)
    return response["status"], response["headers"]["Access-Control-Allow-Origin"]
