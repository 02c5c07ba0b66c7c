import itertools

from pages import ArticlePage, HomePage

_ids = itertools.count(1)
_home = HomePage("index")


def scenario():
    n = next(_ids)
    article = ArticlePage(f"release-notes-{n}", body=f"Changes in build {n}.")
    return len(article.render()) + len(_home.render())
