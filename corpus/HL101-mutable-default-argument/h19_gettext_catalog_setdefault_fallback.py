"""Minimal gettext: messages without a translation fall back to the message id itself."""
import itertools

_GERMAN = {"Save": "Speichern", "Cancel": "Abbrechen"}


def translate(msgid, catalog={}):  # expect: HL101 confirmed
    if not catalog:
        catalog.update(_GERMAN)
    return catalog.setdefault(msgid, msgid)


_messages = itertools.count()


def scenario():
    n = next(_messages)
    return translate("Save"), translate(f"{n} files selected")
