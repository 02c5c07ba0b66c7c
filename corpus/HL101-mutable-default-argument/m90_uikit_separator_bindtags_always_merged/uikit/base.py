"""BaseWidget: options are always merged into a new dict."""
import itertools

from .util import cnfmerge

_ids = itertools.count(1)


class BaseWidget:
    widget_name = "widget"

    def __init__(self, master, cnf, kw):
        cnf = cnfmerge((cnf, kw))
        name = cnf.get("name") or f"!{self.widget_name}{next(_ids)}"
        self.master = master
        self.children = {}
        self.path = f"{master.path}.{name}" if master is not None else f".{name}"
        self.cnf = cnf
        # a widget always answers to its own path name first
        cnf.setdefault("bindtags", []).append(self.path)
        if master is not None:
            master.children[name] = self

    def render(self):
        text = self.cnf.get("text", "")
        inner = "".join(child.render() for child in self.children.values())
        return f"<{self.widget_name} path={self.path!r} text={text!r}>{inner}</>"
