"""Status poller: one short-lived session per customer workspace."""
import itertools

import fetchkit as fk

_workspaces = itertools.count(1)


def scenario():
    n = next(_workspaces)
    with fk.Session("https://ws-%d.api.example.com/v1" % n) as session:
        response = session.get("/status", headers={"X-Workspace": str(n)})
    return response["status"], response["url"]
