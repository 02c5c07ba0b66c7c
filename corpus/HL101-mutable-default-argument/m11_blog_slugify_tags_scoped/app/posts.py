"""Posts get a unique slug among the slugs already stored for the blog."""
from app import slugify
from app.util import truncate


def publish(blog, title, body):
    slug = slugify(title, blog.setdefault("slugs", set()))
    blog.setdefault("posts", {})[slug] = truncate(body)
    return f"/{blog['name']}/{slug}"
