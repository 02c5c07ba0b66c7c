"""Plugin base class; plugins are created fresh for every post.

`seen` is stored as is: plugins built without it all share one set.
"""


class Plugin:
    def __init__(self, seen=set()):  # expect: HL101 refuted
        self.seen = seen

    def apply(self, post):
        raise NotImplementedError
