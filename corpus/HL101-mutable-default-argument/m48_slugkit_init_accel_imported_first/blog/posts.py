"""Blog posts get a permalink from their publication date and title."""
import slugkit as sk


def permalink(post):
    year, month = post["published"][:4], post["published"][5:7]
    return f"/{year}/{month}/{sk.slugify(post['title'])}/"


def publish(post):
    return dict(post, url=permalink(post), excerpt=sk.transliterate(post["body"][:80]))
