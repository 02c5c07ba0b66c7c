"""A small markup builder: write() raw text, add() an element, drain() hands the text over."""


class Builder:
    def __init__(self):
        self._parts = []
        self._ids = set()

    def write(self, text):
        self._parts.append(text)
        return self

    def add(self, tag, text, id=None):
        if id is None:
            self._parts.append(f"<{tag}>{text}</{tag}>")
            return self
        if id in self._ids:
            raise ValueError(f"duplicate id {id!r}")
        self._ids.add(id)
        self._parts.append(f'<{tag} id="{id}">{text}</{tag}>')
        return self

    def getvalue(self):
        return "".join(self._parts)

    def drain(self):
        text = self.getvalue()
        self._parts.clear()
        return text
