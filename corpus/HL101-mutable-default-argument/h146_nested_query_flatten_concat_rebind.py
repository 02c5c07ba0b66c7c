"""Form encoder in the style of jQuery.param and Rails' to_query: flatten()
turns nested dicts and lists into bracketed query pairs (filter[status]=open,
ids[]=3), dispatching on isinstance. The pair list is threaded through the
recursion as a default argument, but each pair is added with
pairs = pairs + [...], which builds a new list and leaves the default empty."""
import itertools
from urllib.parse import urlencode

_forms = itertools.count()


def flatten(value, prefix="", pairs=[]):  # expect: HL101 refuted
    if isinstance(value, dict):
        for key in sorted(value):
            pairs = flatten(value[key], "%s[%s]" % (prefix, key) if prefix else str(key), pairs)
    elif isinstance(value, (list, tuple, set)):
        for item in value:
            pairs = flatten(item, prefix + "[]", pairs)
    elif isinstance(value, bool):
        pairs = pairs + [(prefix, "true" if value else "false")]
    elif value is not None:
        pairs = pairs + [(prefix, str(value))]
    return pairs


def encode_form(data):
    return urlencode(flatten(data))


def scenario():
    n = next(_forms)
    return encode_form({
        "filter": {"status": "open", "assignee": "user%d" % n, "archived": False},
        "ids": [n, n + 1], "sort": {"field": "updated", "desc": True}, "cursor": None,
    })
