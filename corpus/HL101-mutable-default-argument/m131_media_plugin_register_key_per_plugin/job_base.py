"""Completion hooks shared by the media plugins.

No caller passes `hooks`, so they all register into the default dict.
plugin_resize keys its hook by plugin name, so each job replaces the one
entry. Only tools.py registers one key per job id into the default, and that
script is never imported or loaded by name: the dict stays at one entry.
"""


def register(key, hook, hooks={}):  # expect: HL101 refuted
    hooks[key] = hook
    return len(hooks)


class Plugin:
    name = "?"

    def on_done(self, job):
        return f"{self.name} done: {job['id']}"
