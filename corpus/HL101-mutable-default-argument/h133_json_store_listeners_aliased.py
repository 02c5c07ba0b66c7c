"""JSON data access: a document store serialises with json.dumps and then
notifies its listeners; a user store forwards its **kwargs to the base class
through super(). The base keeps the listener list it is given and appends its
own audit hook, a bound method, so the default collects every store made."""
import itertools
import json

_users = itertools.count()


class JsonStore:
    def __init__(self, name, listeners=[], **dump_options):  # expect: HL101 confirmed
        self.name = name
        self.listeners = listeners
        self.listeners.append(self._audit)
        self.dump_options = dump_options
        self.blob, self.saves = "{}", 0

    def _audit(self, doc):
        self.saves += 1

    def save(self, doc):
        self.blob = json.dumps(doc, **self.dump_options)
        for listener in self.listeners:
            listener(doc)


class UserStore(JsonStore):
    def __init__(self, tenant, **kwargs):
        kwargs.setdefault("sort_keys", True)
        super().__init__("users-%s" % tenant, **kwargs)


def scenario():
    n = next(_users)
    store = UserStore("t%d" % n, indent=2)
    store.save({"id": n, "email": "user%d@example.com" % n})
    return store.saves, len(store.blob)
