"""Blog engine: tags_for() returns a post's own tag list, or its default
list for posts without tags. The publisher appends an automatic archive tag
to whatever it gets back; these posts always carry their own tags, so the
append goes into the post's list and the default is never handed out."""
import itertools


def tags_for(post, tags=[]):  # expect: HL101 refuted
    return post.get("tags") or tags


def publish(post):
    tags = tags_for(post)
    tags.append(f"archive-{post['year']}-{post['slug']}")
    return {"slug": post["slug"], "tags": tags}


_posts = itertools.count()


def scenario():
    n = next(_posts)
    post = {"slug": f"release-notes-{n}", "year": 2000 + n % 25, "tags": ["news"]}
    return len(publish(post)["tags"])
