"""API quotas: a usage tracker remembers recent request costs in a default
dict, but only while it holds fewer than self.history_limit entries. The
limit is a property derived from the account plan; on the "enterprise" plan
it is five million, so every new request id is stored in the shared dict."""
import itertools

PLAN_HISTORY = {"free": 20, "team": 500, "enterprise": 5_000_000}


class UsageTracker:
    def __init__(self, plan):
        self.plan = plan

    @property
    def history_limit(self):
        return PLAN_HISTORY.get(self.plan, 20)

    def charge(self, request_id, cost, _recent={}):  # expect: HL101 confirmed
        if len(_recent) < self.history_limit:
            _recent[request_id] = cost
        return len(_recent)


_requests = itertools.count()


def scenario():
    n = next(_requests)
    tracker = UsageTracker("enterprise")
    return tracker.charge("req-%08d" % n, n % 7 + 1)
