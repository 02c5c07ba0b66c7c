import re

from tinyorm import ListProperty, Model, StringProperty


class Post(Model):
    title = StringProperty("")
    tags = ListProperty()

    def tag(self, *names):
        self.tags.extend(name.lower() for name in names)
        return self.tags

    def slug(self):
        return re.sub(r"[^a-z0-9]+", "-", self.title.lower()).strip("-")
