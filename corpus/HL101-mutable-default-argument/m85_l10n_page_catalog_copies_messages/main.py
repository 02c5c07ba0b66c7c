"""Blog front end: each request renders one freshly published post in the visitor's locale."""
import itertools

from l10n import render_page

_posts = itertools.count()


def scenario():
    n = next(_posts)
    page = {
        "slug": f"post-{n}",
        "strings": {"title": f"Release notes {n}", "lead": f"What changed in build {n}"},
    }
    return render_page(("en", "de", "fr")[n % 3], page)
