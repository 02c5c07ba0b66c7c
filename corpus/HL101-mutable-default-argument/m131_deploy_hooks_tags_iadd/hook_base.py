"""Post-deploy hook base: a hook carries tags shown in the deploy log.

hook_notify leaves tags out, so its instances share the default list, and
run() extends self.tags in place with `+=`: one tag per build, kept forever.
"""


class Hook:
    def __init__(self, target, tags=[]):  # expect: HL101 confirmed
        self.target = target
        self.tags = tags

    def describe(self):
        return f"{self.target} [{', '.join(self.tags[-3:])}]"

    def run(self, build):
        return self.describe()
