"""Comment feed: each new comment body is escaped through templates.escape_cached."""
import itertools

from templates import render_comment

_comments = itertools.count()


def scenario():
    n = next(_comments)
    return render_comment(f"guest{n % 7}", f"<b>nice post #{n}</b> & thanks")
