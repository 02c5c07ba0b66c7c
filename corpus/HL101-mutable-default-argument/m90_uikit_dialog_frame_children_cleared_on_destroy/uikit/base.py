"""Widget base: keyword options, a master, and the child widgets packed into it."""


class Widget:
    widget_name = "widget"

    def __init__(self, master, children, kw):
        self.master = master
        self.children = children
        self.options = dict(kw)
        if master is not None:
            master.children.append(self)

    def render(self, depth=0):
        text = self.options.get("text", "")
        lines = ["  " * depth + f"<{self.widget_name} {text!r}>"]
        for child in self.children:
            lines.extend(child.render(depth + 1))
        return lines

    def destroy(self):
        for child in self.children:
            child.destroy()
        self.children.clear()
        self.master = None
