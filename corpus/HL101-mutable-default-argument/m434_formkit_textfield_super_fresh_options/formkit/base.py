import html


class Widget:
    """An HTML element with a name and a dict of attribute options."""

    tag = "div"

    def __init__(self, name, options={}):  # expect: HL101 refuted
        self.name = name
        self.options = options

    def set_option(self, key, value):
        self.options[key] = value

    def add_class(self, css_class):
        self.options.setdefault("class", []).append(css_class)

    def render(self):
        attrs = " ".join(
            f'{key}="{html.escape(" ".join(v) if isinstance(v, list) else str(v))}"'
            for key, v in sorted(self.options.items())
        )
        return f'<{self.tag} name="{self.name}" {attrs}></{self.tag}>'
