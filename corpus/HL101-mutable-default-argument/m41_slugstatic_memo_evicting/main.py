import itertools

from blog import Article

_ids = itertools.count()


def publish(title, body, author):
    article = Article(title, body, author=author)
    return {"url": article.url, "summary": article.summary(), "by": article.author}


def scenario():
    n = next(_ids)
    page = publish(f"Release notes {n}: what's new in  café mode",
                   "Faster startup, fewer allocations and a new config loader.",
                   f"editor{n % 3}")
    return page["url"]
