"""Settings window: each confirmation opens a dialog, clicks OK, closes it."""
import itertools

from guikit import Button, Dialog

_prompts = itertools.count()


def confirm(question):
    dialog = Dialog(question)
    ok = Button(dialog, "OK")
    ok.on("clicked", lambda button: setattr(dialog, "result", question))
    ok.click()
    result = dialog.result
    dialog.destroy()
    return result


def scenario():
    n = next(_prompts)
    return confirm(f"Discard {n} unsaved changes?")
