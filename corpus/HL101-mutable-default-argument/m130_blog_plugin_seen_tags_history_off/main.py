"""Blog engine: each call publishes one new post through the plugin pipeline.

main -> m130_blog_app.publish -> m130_blog_pipeline.run -> load_plugin
(m130_blog_registry, by module name) -> TagsPlugin.apply in
m130_blog_plugin_tags, whose `self.seen` is the shared `seen` default of
m130_blog_base.Plugin.__init__.
"""
import itertools

import m130_blog_app as app

_posts = itertools.count(1)


def scenario():
    n = next(_posts)
    tags = [f"Release {n}", f"Series {n % 5}", "Python"]
    return app.publish(f"Notes on release {n}", "short body text " * (n % 4 + 1), tags)
