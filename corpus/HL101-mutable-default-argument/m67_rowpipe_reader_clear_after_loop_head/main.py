"""Upload preview: show the first rows of a freshly uploaded CSV export."""
import itertools

import preview

_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    text = "\n".join(f"{n}-{i},item {n}/{i},{i * 3 + n}" for i in range(5))
    return preview.head(text, 2)
