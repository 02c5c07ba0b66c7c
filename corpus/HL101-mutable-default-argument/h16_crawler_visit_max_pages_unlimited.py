"""Site crawler: visited URLs are remembered to avoid loops; visit() refuses pages once max_pages is reached (0 means unlimited, which is what the deployment config says)."""
import itertools

CONFIG = {"max_pages": 0, "user_agent": "heapbot/1.0"}


class Crawler:
    limit = None

    def configure(self, config):
        self.limit = config.get("max_pages")
        self.agent = config["user_agent"]

    def visit(self, url, seen=set()):  # expect: HL101 confirmed
        if self.limit and len(seen) >= self.limit:
            return False
        if url in seen:
            return False
        seen.add(url)
        return True


CRAWLER = Crawler()
CRAWLER.configure(CONFIG)

_pages = itertools.count()


def scenario():
    n = next(_pages)
    return CRAWLER.visit(f"https://example.org/docs/{n}.html")
