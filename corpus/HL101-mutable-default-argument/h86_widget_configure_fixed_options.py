"""Widget configure(): option dict and keyword options merged, validated, then applied to the widget."""
import itertools

OPTIONS = {"text": str, "width": int, "state": str, "foreground": str}


class Label:
    def __init__(self, name):
        self.name = name
        self.options = {"text": "", "width": 0, "state": "normal", "foreground": "black"}

    def configure(self, cnf={}, **kw):  # expect: HL101 refuted
        cnf.update(kw)
        for key, value in cnf.items():
            if key not in OPTIONS:
                raise KeyError(f"unknown option {key!r} for {self.name}")
            self.options[key] = OPTIONS[key](value)
        return self.options


_updates = itertools.count()


def scenario():
    n = next(_updates)
    label = Label(f"status{n}")
    label.configure(text=f"Synced {n} files", width=n % 40)
    return label.configure(state="disabled" if n % 3 else "normal", foreground=f"#{n % 4096:03x}")
