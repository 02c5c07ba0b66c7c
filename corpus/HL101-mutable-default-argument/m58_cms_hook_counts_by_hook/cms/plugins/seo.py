import html
import re

from ..plugin import Plugin, page_plugin


@page_plugin
class MetaTags(Plugin):
    events = ("head",)

    def __init__(self, keywords=["cms", "news"], **options):  # expect: HL101 refuted
        super().__init__(options)
        self.keywords = ", ".join(keywords)

    def on_head(self, page):
        title = html.escape(page["title"])
        page["head"] += f'<title>{title}</title><meta name="keywords" content="{self.keywords}">'
        return page


@page_plugin
class Emphasis(Plugin):
    events = ("body",)

    def on_body(self, page):
        page["body"] = re.sub(r"\*([^*]+)\*", r"<em>\1</em>", page["body"])
        return page
