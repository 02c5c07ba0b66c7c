class Menu:
    """A menu whose items are option dicts, like Tk's ``cnf``."""

    def __init__(self, name):
        self.name = name
        self._items = []

    def add_item(self, cnf={}, **kw):  # expect: HL101 confirmed
        entry = {**cnf, **kw} if kw else cnf
        entry.setdefault("placements", []).append((self.name, len(self._items)))
        self._items.append(entry)
        return len(self._items)

    def clear(self):
        self._items.clear()

    def labels(self):
        return [item.get("label", "---") for item in self._items]
