"""Search page: each visitor is put in a bucket of the ranking experiment."""
import itertools

from experiments.assign import assign as bucket_for

_visitors = itertools.count()


def scenario():
    n = next(_visitors)
    user_id = f"visitor-{n:07d}-{'anon' if n % 2 else 'member'}"
    ranking = "bm25" if bucket_for(user_id) == "control" else "learned"
    return {"user": user_id, "ranking": ranking}
