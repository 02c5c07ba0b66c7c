"""In-memory session store for a small WSGI app, built per request by the
request context. Tests inject a backend dict; production relies on the
default, which is the same dict for every request, so each visitor's session
(keyed by its id) is kept after the response and never expires."""
import itertools


class SessionStore:
    def __init__(self, backend={}, ttl=1800):  # expect: HL101 confirmed
        self._data = backend
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
