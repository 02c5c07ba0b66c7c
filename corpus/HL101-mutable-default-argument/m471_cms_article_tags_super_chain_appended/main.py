"""Blog backend: one new article per call, tagged with its author."""
import itertools

from cms import Article

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    article = Article(f"post-{n}", f"release notes {n}", author=f"writer{n % 997}-{n}")
    article.add_tag(f"author:{article.author}")
    return article.heading(), article.byline(), len(article.tags)
