from html.parser import HTMLParser


class LinkCollector(HTMLParser):
    def __init__(self, base_url, found=[]):  # expect: HL101 refuted
        super().__init__(convert_charrefs=True)
        self.base_url = base_url
        self.found = list(found)

    def handle_starttag(self, tag, attrs):
        if tag != "a":
            return
        href = dict(attrs).get("href")
        if href and href.startswith("/"):
            href = self.base_url.rstrip("/") + href
        if href:
            self.found.append(href)
