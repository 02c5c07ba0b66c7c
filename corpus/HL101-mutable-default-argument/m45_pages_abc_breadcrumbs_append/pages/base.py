import abc


class Page(abc.ABC):
    title = "Untitled"

    def __init__(self, slug):
        self.slug = slug

    def render(self):
        crumbs = " / ".join(self.breadcrumbs())
        return f"<nav>{crumbs}</nav><h1>{self.title}</h1><main>{self.content()}</main>"

    @abc.abstractmethod
    def breadcrumbs(self):
        ...

    @abc.abstractmethod
    def content(self):
        ...
