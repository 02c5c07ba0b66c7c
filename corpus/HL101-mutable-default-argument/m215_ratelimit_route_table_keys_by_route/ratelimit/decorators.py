"""@limit(route, cost=1): every call of the handler spends `cost` hits of its bucket."""
import functools

from .buckets import hit, remaining


def limit(route, cost=1):
    def decorate(handler):
        @functools.wraps(handler)
        def wrapper(client_id, payload):
            used = hit(route, cost)
            response = handler(client_id, payload)
            response["x-ratelimit-remaining"] = remaining(used)
            return response
        wrapper.route = route
        return wrapper
    return decorate
