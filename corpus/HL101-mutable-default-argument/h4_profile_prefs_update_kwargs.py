"""User settings page: merges submitted preferences into the default preference dict with update(**changes)."""
import itertools


def save_preferences(user_id, prefs={"theme": "light", "lang": "en"}, **changes):  # expect: HL101 refuted
    prefs.update(**changes)
    return f"user {user_id}: " + ";".join(f"{k}={v}" for k, v in sorted(prefs.items()))


_users = itertools.count()


def scenario():
    n = next(_users)
    save_preferences(n, theme=("dark", "light", "solarized")[n % 3], lang=f"en-{n % 5}", tz=f"UTC+{n % 12}")
