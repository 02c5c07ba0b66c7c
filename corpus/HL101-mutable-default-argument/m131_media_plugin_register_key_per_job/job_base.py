"""Completion hooks shared by the media plugins.

No caller passes `hooks`, so they all register into the default dict.
plugin_resize keys its hook by job id, so every processed job adds an
entry (and a bound method holding the plugin) that nobody removes.
"""


def register(key, hook, hooks={}):  # expect: HL101 confirmed
    hooks[key] = hook
    return len(hooks)


class Plugin:
    name = "?"

    def on_done(self, job):
        return f"{self.name} done: {job['id']}"
