"""Editor service: each request opens one document and remembers its pane layout."""
import itertools

import prefs

_requests = itertools.count(1)
_LAYOUTS = ("split", "single", "stacked")


def scenario():
    n = next(_requests)
    user = f"user-{n % 7}"
    editor = prefs.EditorPrefs(user)
    editor.set(f"layout:/docs/report-{n}.md", _LAYOUTS[n % len(_LAYOUTS)])
    notify = prefs.NotifyPrefs(user)
    if n % 2:
        notify.set("digest", "weekly")
    return editor.get("theme"), editor.get("tab_width"), notify.get("digest")
