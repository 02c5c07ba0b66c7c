"""Blog backend: each request publishes a post with a few tags."""
import itertools

from app import posts, tags

_requests = itertools.count()


def scenario():
    n = next(_requests)
    blog = {"name": f"blog{n % 5}"}
    url = posts.publish(blog, f"Week {n} in review", "Lots happened. " * 8)
    return url, [tags.tag_slug(t) for t in ("How-To", f"Sprint {n}")]
