"""Profiles: per-user computed views sit in a WeakKeyDictionary default, but each view points back at its user."""
import itertools
import weakref


class User:
    def __init__(self, name):
        self.name = name


class ProfileView:
    def __init__(self, user):
        self.user = user  # strong ref from the value to its own key: the entry never dies
        self.title = f"Profile of {user.name}"


def view_for(user, _views=weakref.WeakKeyDictionary()):  # expect: HL101 confirmed
    view = _views.get(user)
    if view is None:
        view = _views[user] = ProfileView(user)
    return view


_users = itertools.count()


def scenario():
    return view_for(User(f"user{next(_users)}")).title
