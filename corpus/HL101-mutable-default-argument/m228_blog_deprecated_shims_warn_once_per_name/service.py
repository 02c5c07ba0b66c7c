"""Post publishing, still written against the 1.x helper names."""
import legacy


def publish(post_id, title, body):
    return {
        "id": post_id,
        "slug": legacy.make_slug(title),
        "teaser": legacy.shorten(body),
        "status": "published",
    }
