"""A resolved configuration for one run of one tool."""


class ToolConfig:
    def __init__(self, tool, path, ignore):
        self.tool = tool
        self.path = path
        self.ignore = tuple(ignore)

    def as_dict(self):
        return {"tool": self.tool, "path": self.path, "ignore": self.ignore}
