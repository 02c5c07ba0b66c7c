import itertools

from textpipe import Pipeline

_posts = itertools.count()

PIPELINE = Pipeline(("title", "wordcount"))


def render_post(n):
    text = (
        f"# Release notes {n}\n"
        "Short intro paragraph for the release.\n"
        f"## Fixes in build {n}\n"
        "- parser no longer chokes on tabs\n"
        f"## Upgrading to {n}\n"
        "Run the migration first.\n"
    )
    return PIPELINE.run(text)


def scenario():
    doc = render_post(next(_posts))
    assert doc["title"].startswith("Release notes") and doc["words"] > 5
