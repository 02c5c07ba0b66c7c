"""The post being published."""
from m130_blog_text import slugify


class Post:
    def __init__(self, title, body, tags):
        self.slug = slugify(title)
        self.title = title
        self.body = body
        self.tags = tags
        self.new_tags = []
        self.summary = ""
