from plugins.registry import register


@register
class SmartQuotes:
    name = "smartquotes"

    def transform(self, text):
        return text.replace("'", "\u2019")
