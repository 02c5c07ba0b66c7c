"""Blog engine: every tag ever used goes into a default set via tags |= {...}."""
import itertools


def publish(post, known_tags=set()):  # expect: HL101 confirmed
    known_tags |= {t.strip().lower() for t in post["tags"].split(",")}
    return f"{post['slug']} ({len(known_tags)} tags site-wide)"


_posts = itertools.count()


def scenario():
    n = next(_posts)
    publish({"slug": f"post-{n}", "tags": f"Python, release-{n}, Tips"})
