import re

from plugins.registry import register


@register
class Markdown:
    name = "markdown"

    def transform(self, text):
        text = re.sub(r"^# (.*)$", r"<h1>\1</h1>", text, flags=re.M)
        return re.sub(r"\*(\w+)\*", r"<em>\1</em>", text)
