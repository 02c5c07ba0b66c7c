"""Table of contents built from the page's headings, with unique anchors."""
from ..core import Plugin


class TableOfContents(Plugin):
    def __init__(self, page):
        super().__init__(page)

    def apply(self, lines):
        depth = self.option("depth", 2)
        slugs = self.options.setdefault("slugs", set())
        toc = []
        for line in lines:
            level = len(line) - len(line.lstrip("#"))
            if 0 < level <= depth:
                slug = line.lstrip("# ").lower().replace(" ", "-")
                while slug in slugs:
                    slug += "-1"
                slugs.add(slug)
                toc.append(f"{'  ' * (level - 1)}- [{slug}](#{slug})")
        return toc + lines
