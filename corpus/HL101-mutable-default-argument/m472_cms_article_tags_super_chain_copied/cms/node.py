"""Top of the content tree: every node has a slug and a list of tags."""


class Node:
    def __init__(self, slug, tags):
        self.slug = slug
        self.tags = list(tags)  # each node owns its tags

    def tagged(self, tag):
        return tag in self.tags

    def url(self):
        return f"/{self.slug}/"
