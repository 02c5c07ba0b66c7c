"""Tk-style menu: entries take options as a cnf dict or keywords; add() tags the dict with its position; `kw or cnf` passes the default cnf itself when called without keywords."""
import itertools


class Menu:
    def __init__(self, name):
        self.name = name
        self.entries = []

    def add(self, item_type, cnf):
        cnf[f"{self.name}:index"] = len(self.entries)
        self.entries.append((item_type, cnf))
        return cnf

    def add_command(self, **kw):
        return self.add("command", kw)

    def add_separator(self, cnf={}, **kw):  # expect: HL101 confirmed
        return self.add("separator", kw or cnf)


_menus = itertools.count()


def scenario():
    n = next(_menus)
    menu = Menu(f".menubar.file{n}")
    menu.add_command(label=f"Open recent {n}", command=lambda: n)
    menu.add_separator()
    menu.add_command(label="Quit", accelerator="Ctrl+Q")
    return len(menu.entries)
