"""Site preferences: load_prefs() returns a copy of the stored profile for
known users and falls back to the shared default dict for everyone else;
the page handler then marks the page as seen in the prefs it got. Only
staff accounts are served here, so every call takes the copying branch and
the default fallback is never handed out or touched."""
import itertools

_ids = itertools.count()
_PROFILES = {"admin": {"theme": "dark", "lang": "en"}, "ops": {"theme": "light", "lang": "de"}}


def load_prefs(user, fallback={"theme": "light", "lang": "en"}):  # expect: HL101 refuted
    if user in _PROFILES:
        return dict(_PROFILES[user])
    return fallback


def render_page(user, page):
    prefs = load_prefs(user)
    prefs[f"seen:{page}"] = True
    return f"{page}|{prefs['theme']}|{prefs['lang']}|{len(prefs)}"


def scenario():
    n = next(_ids)
    return render_page(("admin", "ops")[n % 2], f"/articles/{n}-release-notes")
