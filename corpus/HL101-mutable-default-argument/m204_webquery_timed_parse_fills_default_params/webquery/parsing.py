from urllib.parse import unquote_plus

from obs.timing import timed


@timed
def parse_query(query, params={}):  # expect: HL101 confirmed
    """Parse a=1&b=2 into a dict, on top of the given params."""
    for pair in query.split("&"):
        if not pair:
            continue
        key, _, value = pair.partition("=")
        params[unquote_plus(key)] = unquote_plus(value)
    return params


@timed
def page_of(params, default=1):
    try:
        return max(1, int(params.get("page", default)))
    except ValueError:
        return default
