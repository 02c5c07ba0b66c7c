"""User preferences: the defaults dict is filtered by a dict comprehension that rebinds the parameter, so per-user keys land in a fresh dict."""
import itertools


def merge_prefs(user_prefs, allowed, defaults={"theme": "light", "lang": "en", "tz": "UTC"}):  # expect: HL101 refuted
    defaults = {k: v for k, v in defaults.items() if k in allowed}
    for key, value in sorted(user_prefs.items()):
        if key not in allowed and not key.startswith("x-"):
            continue
        defaults[key] = value
    defaults["source"] = "merged"
    return defaults


_users = itertools.count()


def scenario():
    n = next(_users)
    prefs = {"theme": "dark", f"x-widget-{n}": [n, n + 1], "spam": n}
    return merge_prefs(prefs, {"theme", "lang"})
