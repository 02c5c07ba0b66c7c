"""User preferences: a dict that records every change, so the settings page can offer undo."""
import itertools


class AuditedDict(dict):
    def __init__(self, *args, changes=[], **kwargs):  # expect: HL101 confirmed
        super().__init__(*args, **kwargs)
        self.changes = changes

    def __setitem__(self, key, value):
        self.changes.append((key, self.get(key), value))
        super().__setitem__(key, value)

    def undo(self):
        key, old, _ = self.changes.pop()
        super().__setitem__(key, old)


DEFAULTS = {"lang": "en", "tz": "UTC", "digest": "weekly"}


def save_form(form):
    prefs = AuditedDict(DEFAULTS)
    for key, value in form.items():
        prefs[key] = value
    return dict(prefs)


_forms = itertools.count()


def scenario():
    n = next(_forms)
    return save_form({"lang": ("de", "fr")[n % 2], "tz": f"Etc/GMT+{n % 12}", "nick": f"user{n}"})
