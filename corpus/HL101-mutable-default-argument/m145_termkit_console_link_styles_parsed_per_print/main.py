"""Issue tracker CLI: each new issue is announced with a clickable link to it."""
import io
import itertools

from termkit import Console

_issues = itertools.count()


def scenario():
    n = next(_issues)
    out = io.StringIO()
    console = Console(file=out)
    console.print(f"Issue #{n} opened", style="info")
    url = f"https://tracker.example/issues/{n}"
    console.print(url, style=f"underline link {url}")
    return len(out.getvalue())
