"""Base class for export plugins: a name, the exported columns and row hooks."""


class Plugin:
    def __init__(
        self,
        name,
        # heaplint-todo: CsvPlugin.render reads self.columns, but only instances whose __init__ always passes columns reach it; heaplint does not tell that the base default never gets there, so that statement stays unreached (heaplint: unknown)
        columns=[],  # expect: HL101 refuted
        hooks=[],  # expect: HL101 refuted
    ):
        self.name = name
        self.columns = columns
        self.hooks = list(hooks)
        self.hooks.append(self.check_width)

    def check_width(self, row):
        if len(row) != len(self.columns):
            raise ValueError(f"{self.name}: expected {len(self.columns)} cells, got {len(row)}")
        return row

    def apply_hooks(self, row):
        for hook in self.hooks:
            row = hook(row)
        return row
