from .base import Page


class HomePage(Page):
    title = "Welcome"

    def breadcrumbs(self):
        return ["Home"]

    def content(self, widgets={"news": 5, "events": 3}):  # expect: HL101 refuted
        items = sorted(widgets.items(), key=lambda kv: -kv[1])
        return "".join(f"<section data-limit={limit}>{name}</section>" for name, limit in items)
