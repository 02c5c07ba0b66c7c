"""Plugin registry and event dispatch."""

PLUGINS = []


def register(name, prefixes):
    def decorate(cls):
        PLUGINS.append(cls(name, tuple(p.rstrip(".") + "." for p in prefixes)))
        return cls
    return decorate


def iter_subscribers(topic, _seen=set()):  # expect: HL101 refuted
    """Yield each plugin class subscribed to *topic* once, even when it is
    registered under several aliases."""
    for plugin in PLUGINS:
        key = (type(plugin).__name__, topic)
        if key in _seen or not topic.startswith(plugin.prefixes):
            continue
        _seen.add(key)
        yield plugin
    _seen.clear()


class PluginHost:
    def __init__(self, app_name):
        self.app_name = app_name

    def publish(self, topic, payload):
        topic = topic.strip().lower()
        handled = []
        for plugin in iter_subscribers(topic):
            result = plugin.handle(topic, payload)
            if result is not None:
                handled.append(result)
        return handled
