class ConcurrencyError(Exception):
    pass


class EventStore:
    def __init__(self):
        self._streams = {}
        self._subscribers = []

    def subscribe(self, callback):
        self._subscribers.append(callback)

    def save(self, aggregate):
        events = aggregate.uncommitted()
        stream = self._streams.setdefault(aggregate.id, [])
        if stream and stream[-1]["version"] >= events[0]["version"]:
            raise ConcurrencyError("%s changed concurrently" % aggregate.id)
        stream.extend(events)
        aggregate.mark_committed()
        for event in events:
            for callback in self._subscribers:
                callback(event)


class BalanceProjection:
    def __init__(self):
        self.balances = {}

    def _moved(self, event):
        sign = -1 if event["type"] == "Withdrawn" else 1
        key = event["aggregate"]
        self.balances[key] = self.balances.get(key, 0) + sign * event["amount"]

    HANDLERS = {"Deposited": _moved, "Withdrawn": _moved}

    def __call__(self, event):
        handler = self.HANDLERS.get(event["type"])
        if handler is not None:
            handler(self, event)
