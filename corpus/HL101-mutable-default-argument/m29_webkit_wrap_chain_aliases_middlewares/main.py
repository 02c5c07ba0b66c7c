"""Multi-tenant host: each new tenant gets its own app and serves a first request."""
import itertools

import webkit

_tenants = itertools.count()


def index(request):
    return f"{request['path']} for {request['headers']['X-Tenant']}"


def scenario():
    n = next(_tenants)
    app = webkit.plugins.install(webkit.wrap(index), f"tenant-{n}")
    return app({"path": "/", "headers": {}})
