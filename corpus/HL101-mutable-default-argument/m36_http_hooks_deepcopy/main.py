import itertools

import httpkit

_seq = itertools.count(1)


class RequestLog:
    def __init__(self, request_id):
        self.request_id = request_id
        self.statuses = []

    def on_response(self, response):
        self.statuses.append(response.status)


def scenario():
    n = next(_seq)
    log = RequestLog("req-%d" % n)
    with httpkit.Session("http://api.internal/v2") as session:
        session.register_hook("response", log.on_response)
        response = session.request("get", "/users/%d" % n, params={"expand": "teams"})
    return response.status, len(log.statuses)
