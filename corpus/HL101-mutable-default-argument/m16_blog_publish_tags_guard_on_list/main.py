"""Release notes bot: each run publishes one post under its version category."""
import itertools

import blog

_releases = itertools.count()


def scenario():
    n = next(_releases)
    post = blog.publish(f"Release 1.{n}", f"Fixes and improvements in build {n}.", category=f"V1.{n} ")
    return post["id"], len(post["tags"])
