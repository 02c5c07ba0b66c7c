"""Command base: state is what a command remembers between invocations.

Nothing passes state, so every command instance shares the default dict, but
deploy only ever writes its "last" key: the dict holds one deployment at most.
"""


class Command:
    def __init__(self, state={}):  # expect: HL101 refuted
        self.state = state

    def execute(self, *args):
        raise NotImplementedError
