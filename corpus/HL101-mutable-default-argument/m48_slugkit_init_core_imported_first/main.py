"""Blog publishing: each new post gets its permalink and an ASCII excerpt."""
import itertools

from blog.posts import publish

_posts = itertools.count(1)


def scenario():
    n = next(_posts)
    post = {
        "title": f"Crème brûlée, take {n}: what went wrong",
        "published": f"2024-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
        "body": f"Attempt number {n} — this time with less sugar and a hotter grill.",
    }
    return publish(post)["url"]
