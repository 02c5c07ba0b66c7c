"""Blog CMS: each save of a post recomputes its meta keywords."""
import itertools

import blog

_posts = itertools.count()


def scenario():
    n = next(_posts)
    post = {"slug": f"sprint-{n}", "title": f"Notes from sprint{n} with the platform team"}
    return blog.meta(post)
