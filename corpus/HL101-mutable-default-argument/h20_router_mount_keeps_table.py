"""Web router: a blueprint mounts its route table under a prefix; more routes can be added to a mounted prefix later."""
import itertools


class Router:
    def __init__(self):
        self.tables = {}

    def mount(self, prefix, routes=[]):  # expect: HL101 confirmed
        if prefix in self.tables:
            raise ValueError(f"{prefix} is already mounted")
        self.tables[prefix] = routes
        return len(routes)

    def add(self, prefix, path, handler):
        self.tables[prefix].append((path, handler))

    def resolve(self, url):
        for prefix, table in self.tables.items():
            for path, handler in table:
                if url == prefix + path:
                    return handler
        return None


_apps = itertools.count()


def scenario():
    n = next(_apps)
    router = Router()
    router.mount("/health")
    router.add("/health", f"/v{n}", f"health_v{n}")
    return router.resolve(f"/health/v{n}")
