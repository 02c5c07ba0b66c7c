"""Core widget: folds keyword options into the cnf dict it was handed, tkinter-configure style."""


class Widget:
    def __init__(self, master, widget_name, cnf, kw):
        cnf.update(kw)
        self.path = f"{master}.{widget_name}"
        self._options = cnf

    def cget(self, key):
        return self._options.get(key)
