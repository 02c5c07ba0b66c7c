"""Views of the blog app."""
from models import Article


def author_articles(author_id, tag):
    published = Article.objects().filter(status="published")
    return published.filter(author_id=author_id, tag=tag).sql()
