"""Built-in plugins.

Anchors keeps the heading ids it has handed out in self.options, but copies
the base class's default set first, so the ids live only as long as the plugin.
"""
from .core import Plugin


class Anchors(Plugin):
    def __init__(self, slug):
        super().__init__(slug)
        self.options = set(self.options)

    def run(self, lines):
        out = []
        for line in lines:
            level = len(line) - len(line.lstrip("#"))
            if not level:
                out.append(line)
                continue
            text = line[level:].strip()
            anchor = text.lower().replace(" ", "-")
            while anchor in self.options:
                anchor += "-x"
            self.options.add(anchor)
            out.append(f'<h{level} id="{anchor}">{text}</h{level}>')
        return out


class Paragraphs(Plugin):
    def run(self, lines):
        return [line if line.startswith("<") else f"<p>{line}</p>" for line in lines]
