"""Editor backend: one user session per call dismisses a banner and reads prefs."""
import itertools

from prefs import Preferences

_sessions = itertools.count()


def scenario():
    n = next(_sessions)
    prefs = Preferences(f"user{n}")
    prefs[f"dismissed.banner.{n}"] = True
    return prefs.get("theme"), prefs["page_size"], len(prefs.keys())
