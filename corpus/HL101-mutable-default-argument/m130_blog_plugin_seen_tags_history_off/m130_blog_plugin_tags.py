"""Normalises tags and marks the ones never published before.

With tag_history off (as in m130_blog_config) the update is skipped: self.seen,
the shared default set of Plugin.__init__, is only read and stays empty.
"""
import m130_blog_config as config
from m130_blog_base import Plugin
from m130_blog_text import slugify


class TagsPlugin(Plugin):
    def apply(self, post):
        tags = sorted({slugify(tag) for tag in post.tags})
        post.new_tags = [tag for tag in tags if tag not in self.seen]
        if config.get("tag_history"):
            self.seen.update(tags)
        post.tags = tags
        return post


PLUGIN = TagsPlugin
