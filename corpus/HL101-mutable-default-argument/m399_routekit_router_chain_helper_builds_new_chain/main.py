"""Multi-tenant app: build one tenant's router per call and serve its first request."""
import itertools

import routekit.router

_ids = itertools.count()


def scenario():
    n = next(_ids)

    def show_account(request, tenant=n):
        return {"tenant": tenant, "user": request["user"]}

    router = routekit.router.Router(prefix=f"/t/{n}")
    router.add("/account", show_account)
    return router.dispatch("/account", {"user": f"user{n}"})
