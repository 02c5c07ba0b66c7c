"""Command base: state is what a command remembers between invocations.

Nothing passes state, so every command instance shares the default dict, and
deploy keys it by target: one entry per deployed target, kept forever.
"""


class Command:
    def __init__(self, state={}):  # expect: HL101 confirmed
        self.state = state

    def execute(self, *args):
        raise NotImplementedError
