"""Webhooks: handlers are found by walking vars() of a handler class for on_* methods; the table is keyed by event name and refreshed each dispatch."""
import itertools


class GitHubHooks:
    def on_push(self, payload):
        return f"build {payload['ref']}"

    def on_issue(self, payload):
        return f"triage #{payload['number']}"

    def on_ping(self, payload):
        return "pong"


def handler_table(cls, table={}):  # expect: HL101 refuted
    for name, attr in vars(cls).items():
        if name.startswith("on_") and callable(attr):
            table[name[3:]] = attr
    return table


def dispatch(event, payload):
    func = handler_table(GitHubHooks).get(event)
    return func(GitHubHooks(), payload) if func else None


_deliveries = itertools.count()


def scenario():
    n = next(_deliveries)
    kind = ("push", "issue", "ping")[n % 3]
    return dispatch(kind, {"ref": f"refs/heads/f{n}", "number": n})
