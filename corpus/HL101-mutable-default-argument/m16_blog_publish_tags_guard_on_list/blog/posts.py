"""Posts: publishing builds the post record, tags it and puts it on the feed."""
import itertools

from .feed import push
from .tagging import add_tag

_ids = itertools.count(1)


def publish(title, body, category="", tags=[]):  # expect: HL101 refuted
    post = {"id": next(_ids), "title": title, "body": body}
    post["tags"] = add_tag(tags, category)
    push(post)
    return post
