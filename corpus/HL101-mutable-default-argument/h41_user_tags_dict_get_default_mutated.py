"""Profiles: tags_for() returns TAGS.get(user, fallback) where fallback is its default list; callers append a visit marker to the result, and new users get the shared default."""
import itertools

TAGS = {"admin": ["staff", "ops"], "alice": ["beta"]}


def tags_for(user, fallback=[]):  # expect: HL101 confirmed
    return TAGS.get(user, fallback)


def record_visit(user, page):
    tags = tags_for(user)
    tags.append(f"visited:{page}")
    return len(tags)


_visits = itertools.count()


def scenario():
    n = next(_visits)
    return record_visit(f"guest-{n}", f"/products/{n}")
