"""Blog backend: each request drafts a post and tags it."""
import itertools

import blog.models
import tinyorm

tinyorm.discover(blog.models)

_requests = itertools.count(1)


def scenario():
    n = next(_requests)
    post = tinyorm.get_model("post")(title=f"Weekly digest #{n}")
    post.tag(f"week-{n}", "digest")
    return post.slug(), len(post.tags)
