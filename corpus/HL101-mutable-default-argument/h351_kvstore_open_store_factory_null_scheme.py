"""Key-value stores: open_store() picks the Store subclass by URL scheme and
Store.__init__ hands its options to the subclass's configure() hook.
The app opens the null store, which only reads the options."""
import itertools

_sessions = itertools.count()


class Store:
    # heaplint-todo: the store class comes from a dict of classes indexed by the URL scheme, which heaplint does not follow; an outside caller making a MemoryStore grows the options, the application only opens null stores (heaplint: unknown)
    def __init__(self, url, options={}):  # expect: HL101 refuted
        self.url = url
        self.configure(options)

    def configure(self, options):
        raise NotImplementedError


class MemoryStore(Store):
    def configure(self, options):
        self.buckets = options.setdefault("buckets", {})

    def put(self, key, value):
        self.buckets[key] = value


class NullStore(Store):
    def configure(self, options):
        self.strict = options.get("strict", False)

    def put(self, key, value):
        return self.strict


def open_store(url):
    return {"memory": MemoryStore, "null": NullStore}[url.split("://")[0]](url)


def scenario():
    n = next(_sessions)
    return open_store(f"null://sessions/{n % 4}").put(f"sess-{n}", {"user": n})
