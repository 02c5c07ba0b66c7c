import feedsync.api as api


def sync(cursor, seen=[]):  # expect: HL101 confirmed
    total = 0
    while cursor:
        page = api.fetch_page(cursor, seen)
        total += len(page["items"])
        cursor = page["next"]
    return total
