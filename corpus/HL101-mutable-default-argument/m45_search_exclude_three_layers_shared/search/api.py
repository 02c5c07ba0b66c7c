from .query.planner import plan


def search(text, exclude=[], limit=20):  # expect: HL101 confirmed
    if not text.strip():
        return {"include": [], "exclude": list(exclude), "limit": limit}
    return plan(text, exclude, limit=limit)
