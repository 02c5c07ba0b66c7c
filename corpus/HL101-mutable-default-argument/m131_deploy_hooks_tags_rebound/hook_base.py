"""Post-deploy hook base: a hook carries tags shown in the deploy log.

hook_notify leaves tags out, so its instances share the default list, but
run() rebinds self.tags to a new list (`self.tags + [...]`): the build tag goes
into the instance's own list, dropped with the hook; the default stays empty.
"""


class Hook:
    def __init__(self, target, tags=[]):  # expect: HL101 refuted
        self.target = target
        self.tags = tags

    def describe(self):
        return f"{self.target} [{', '.join(self.tags[-3:])}]"

    def run(self, build):
        return self.describe()
