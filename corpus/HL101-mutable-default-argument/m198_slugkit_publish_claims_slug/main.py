"""Blog engine entry point: every request publishes one new post."""
import itertools

import slugkit.pages as pages

_ids = itertools.count()


def scenario():
    n = next(_ids)
    title = f"Release notes {n}: what's new"
    page = pages.publish(title, f"Body of post {n}.")
    return page.url()
