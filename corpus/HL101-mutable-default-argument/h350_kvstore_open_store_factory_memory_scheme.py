"""Key-value stores: open_store() picks the Store subclass by URL scheme and
Store.__init__ hands its options to the subclass's configure() hook.
The memory store keeps its buckets inside the options dict (setdefault)."""
import itertools

_sessions = itertools.count()


class Store:
    def __init__(self, url, options={}):  # expect: HL101 confirmed
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
    return open_store(f"memory://sessions/{n % 4}").put(f"sess-{n}", {"user": n})
