from . import db


def profile(user_id, locale):
    """Profile page: the user row (own event log) and their locale settings."""
    user, _ = db.query("SELECT * FROM users WHERE id = ?", (user_id,), events=[])
    prefs, trace = db.query("SELECT * FROM prefs WHERE user_id = ?", (user_id,), events=[])
    return {"user": user, "prefs": prefs, "locale": locale, "trace": trace}
