"""Feed poller: one fetched batch per call; the front page shows the top 3."""
import itertools

import feeds

_polls = itertools.count(1)


def scenario():
    n = next(_polls)
    lines = [f"tag:news,{n}:{i % 4} | Story {i % 4} of poll {n}" for i in range(6)]
    return feeds.ingest(lines, limit=3)
