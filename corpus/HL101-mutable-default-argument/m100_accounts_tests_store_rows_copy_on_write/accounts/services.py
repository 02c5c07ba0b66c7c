import itertools

from .validation import check_email

__all__ = ["signup", "profile"]

_uids = itertools.count(1)


def signup(store, name, email):
    uid = next(_uids)
    row = {"id": uid, "name": name, "email": check_email(email)}
    store.rows = {**store.rows, uid: row}  # readers keep a consistent snapshot
    return uid


def profile(store, uid):
    return store.get(uid)
