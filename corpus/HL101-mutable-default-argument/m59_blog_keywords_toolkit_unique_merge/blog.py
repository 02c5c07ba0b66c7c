import toolkit

STOPWORDS = {"with", "from", "that", "this", "into"}


def keywords(post, seed=["blog", "engineering"]):  # expect: HL101 refuted
    found = seed
    for word in post["title"].lower().split():
        if len(word) > 3 and word not in STOPWORDS:
            found = toolkit.unique_merge(found, word)
    return found


def meta(post):
    words = keywords(post)
    return {"slug": post["slug"], "keywords": ", ".join(words), "lead": toolkit.first(words)}
