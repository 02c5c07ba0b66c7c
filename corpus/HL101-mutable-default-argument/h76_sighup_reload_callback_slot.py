"""Worker process: SIGHUP reloads configuration by calling the reload callbacks of the current app."""
import functools
import itertools
import signal


class ReloadSignal:
    def __init__(self, signum=signal.SIGHUP, callbacks={}):  # expect: HL101 refuted
        self.signum = signum
        self.callbacks = callbacks
        signal.signal(signum, self._handle)

    def connect(self, name, callback):
        self.callbacks[name] = callback

    def _handle(self, signum, frame):
        for callback in list(self.callbacks.values()):
            callback()


class AppConfig:
    def __init__(self, source):
        self.source = source
        self.generation = 0

    def reload(self):
        self.generation += 1


_deploys = itertools.count()


def scenario():
    config = AppConfig(f"/etc/app/release-{next(_deploys)}.toml")
    reloader = ReloadSignal()
    reloader.connect("config", functools.partial(AppConfig.reload, config))
    signal.raise_signal(signal.SIGHUP)
    return config.generation
