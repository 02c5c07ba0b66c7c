"""Tiny web router: handlers are bound methods kept in a route table; the handler uses self.auth (set by the app after construction) before logging the access."""
import itertools


class TokenAuth:
    def lookup(self, token):
        return token.split(":", 1)[0]


class OrdersView:
    def get(self, request, access_log=[]):  # expect: HL101 confirmed
        user = self.auth.lookup(request["token"])
        access_log.append((user, request["path"]))
        return {"status": 200, "user": user}


_view = OrdersView()
_view.auth = TokenAuth()
ROUTES = [("/orders", _view.get)]


def dispatch(path, token):
    for prefix, handler in ROUTES:
        if path.startswith(prefix):
            return handler({"path": path, "token": token})
    return {"status": 404}


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return dispatch(f"/orders/{n}", f"user{n}:secret")
