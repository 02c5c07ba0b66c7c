"""Checks run before a post enters the pipeline."""
from m130_blog_constants import MAX_TAGS


class InvalidPost(ValueError):
    pass


def check_post(post):
    if not post.title.strip():
        raise InvalidPost("empty title")
    if len(post.tags) > MAX_TAGS:
        raise InvalidPost(f"too many tags on {post.slug}")
    return post
