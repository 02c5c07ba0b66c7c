from .hooks import HookBus


class Site(HookBus):
    """A site is its own hook bus; each plugin module gets setup(site)."""

    def __init__(self, base_url, plugins=()):
        super().__init__()
        self.base_url = base_url
        self.sitemap, self.feed, self.pages = [], [], {}
        for plugin in plugins:
            plugin.setup(self)

    def build(self, pages):
        for page in pages:
            self.pages[page["url"]] = f"<h1>{page['title']}</h1>"
            self.fire("page_built", page)
        self.fire("site_built")

    def sitemap_xml(self):
        return "<urlset>" + "".join(self.sitemap) + "</urlset>"
