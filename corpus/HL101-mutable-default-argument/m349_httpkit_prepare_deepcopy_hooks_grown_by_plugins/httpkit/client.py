"""Requests start as a deep copy of the client defaults."""
import copy


def prepare(method, url, _defaults={"headers": {"Accept": "application/json"}, "hooks": {"response": []}}):  # expect: HL101 refuted
    request = copy.deepcopy(_defaults)
    request["method"] = method
    request["url"] = url
    return request


def send(request):
    response = {"status": 200, "url": request["url"], "body": b"{}"}
    for hook in request["hooks"]["response"]:
        hook(response)
    return response
