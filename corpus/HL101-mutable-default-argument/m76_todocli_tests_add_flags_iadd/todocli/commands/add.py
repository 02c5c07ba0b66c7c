"""todo add [--tag=T] [--priority=P] WORDS..."""
from ..base import Command


class AddCommand(Command):
    def __init__(self, argv):
        super().__init__(argv)

    def on_flag(self, flag):
        if flag.partition("=")[0] not in ("tag", "priority"):
            super().on_flag(flag)
        self.flags += [flag]

    def execute(self, store):
        item = {
            "text": " ".join(self.words),
            "tag": self.option("tag"),
            "priority": int(self.option("priority", 3)),
            "done": False,
        }
        store.append(item)
        return item
