"""Blog: Post copies its default tag list into self.tags, so add_tag() grows only the post's own list."""
import itertools


class Post:
    def __init__(self, title, tags=[]):  # expect: HL101 refuted
        self.title = title
        self.tags = list(tags)

    def add_tag(self, tag):
        if tag not in self.tags:
            self.tags.append(tag)

    def slug(self):
        return self.title.lower().replace(" ", "-")


def draft(title, *tags):
    post = Post(title)
    for tag in tags:
        post.add_tag(tag)
    return post


_drafts = itertools.count()


def scenario():
    n = next(_drafts)
    return draft(f"Release notes {n}", f"v{n}", "changelog").slug()
