"""In-memory session store for a small WSGI app, built per request by the
request context. Tests inject a backend dict; without one the constructor
falls back with `backend or {}`, and the empty default is falsy, so every
request gets a fresh dict that dies with it and the default stays empty."""
import itertools


class SessionStore:
    def __init__(self, backend={}, ttl=1800):  # expect: HL101 refuted
        self._data = backend or {}
        self.ttl = ttl

    @property
    def size(self):
        return len(self._data)

    def load(self, sid):
        return self._data.setdefault(sid, {"flash": [], "cart": {}})

    def save(self, sid, session):
        self._data[sid] = dict(session, ttl=self.ttl)


def handle(sid, sku):
    store = SessionStore()
    session = store.load(sid)
    session["cart"][sku] = session["cart"].get(sku, 0) + 1
    session["flash"].append("added %s to your cart" % sku)
    store.save(sid, session)
    return store.size


_visits = itertools.count()


def scenario():
    n = next(_visits)
    return handle("%032x" % (n * 1103515245), "SKU-%05d" % n)
