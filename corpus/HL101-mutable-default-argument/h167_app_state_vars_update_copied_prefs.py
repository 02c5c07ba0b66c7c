"""UI session: set_theme() installs the preference mapping on the module-level
application state through a PreferenceLoader, which vars(...).update()s a
copy of the mapping it was given onto the state, then records the user's
theme in it. Each call replaces the state's copy, and the default stays empty."""
import itertools


class AppState:
    def __init__(self):
        self.prefs = {}
        self.version = 1


_STATE = AppState()


class PreferenceLoader:
    def __init__(self, prefs):
        self.prefs = prefs

    def install(self, target):
        vars(target).update(prefs=dict(self.prefs))
        return target


def set_theme(user, theme, prefs={}):  # expect: HL101 refuted
    state = PreferenceLoader(prefs).install(_STATE)
    state.prefs[user] = {"theme": theme, "font_size": 12 + len(user) % 4}
    return len(state.prefs[user])


_users = itertools.count()


def scenario():
    n = next(_users)
    return set_theme(f"user-{n}@example.org", ("dark", "light")[n % 2])
