import itertools

from .validation import check_email

__all__ = ["signup", "profile"]

_uids = itertools.count(1)


def signup(store, name, email):
    uid = next(_uids)
    store.rows[uid] = {"id": uid, "name": name, "email": check_email(email)}
    return uid


def profile(store, uid):
    return store.get(uid)
