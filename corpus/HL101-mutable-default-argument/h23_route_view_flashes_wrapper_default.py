"""Tiny web framework: @app.route registers a view behind a wrapper that calls the view with the request only."""
import functools
import itertools


class App:
    def __init__(self):
        self.routes = {}

    def route(self, path):
        def decorator(view):
            @functools.wraps(view)
            def wrapper(request):
                return view(request)
            self.routes[path] = wrapper
            return view
        return decorator

    def dispatch(self, path, request):
        return self.routes[path](request)


app = App()


@app.route("/cart")
def show_cart(request, flashes=[]):  # expect: HL101 confirmed
    if request.get("added"):
        flashes.append(f"added {request['added']} to your cart")
    return {"items": request.get("items", ()), "flashes": len(flashes)}


_ids = itertools.count()


def scenario():
    n = next(_ids)
    page = app.dispatch("/cart", {"items": (n, n + 1), "added": f"sku-{n}"})
    return page["flashes"]
