"""Tk-style menu: entries take options as a cnf dict or keywords; add() tags the dict with its position; `cnf or kw` passes the keywords dict whenever cnf is the empty default."""
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

    def add_separator(self, cnf={}, **kw):  # expect: HL101 refuted
        return self.add("separator", cnf or kw)


_menus = itertools.count()


def scenario():
    n = next(_menus)
    menu = Menu(f".menubar.file{n}")
    menu.add_command(label=f"Open recent {n}", command=lambda: n)
    menu.add_separator()
    menu.add_command(label="Quit", accelerator="Ctrl+Q")
    return len(menu.entries)
