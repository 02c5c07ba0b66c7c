"""Blog build: render one new post's page with the site's template filters."""
import itertools

from blog import build

_posts = itertools.count(1)


def scenario():
    n = next(_posts)
    post = {"title": f'"Release {n}" is out', "path": f"/posts/release-{n}"}
    return build.render_post(post, base_url=f"https://b{n % 5}.example.org")
