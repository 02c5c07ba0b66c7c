"""View decorators."""
import functools
import json


def json_view(func):
    """Serialise the view's return value as a JSON response."""

    @functools.wraps(func)
    def wrapper(request, *args, **kwargs):
        body = func(request, *args, **kwargs)
        return {"status": 200, "content_type": "application/json", "body": json.dumps(body, sort_keys=True)}

    return wrapper
