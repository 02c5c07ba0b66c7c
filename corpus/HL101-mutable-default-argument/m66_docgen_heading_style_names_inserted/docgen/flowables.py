"""The base of everything that can be placed in a document story."""


class Flowable:
    tag = "div"

    def __init__(self, style_names=["body"], keep_with_next=False):  # expect: HL101 confirmed
        self.style_names = style_names
        self.keep_with_next = keep_with_next

    def css_class(self):
        return " ".join(self.style_names)

    def content(self):
        return ""

    def render(self):
        return f'<{self.tag} class="{self.css_class()}">{self.content()}</{self.tag}>'
