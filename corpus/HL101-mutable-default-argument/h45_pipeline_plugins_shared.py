"""A small text-processing pipeline whose plugins are attached through
``Pipeline.use()``. ``__init__`` stores the default ``plugins`` list itself, so
every pipeline built without explicit plugins appends to the one shared list,
which keeps every request's plugins alive and grows by two per request."""
import itertools

_request_ids = itertools.count()


class Plugin:
    def __init__(self, name):
        self.name = name

    def apply(self, text):
        return text


class StripPlugin(Plugin):
    def apply(self, text):
        return text.strip()


class TagPlugin(Plugin):
    def __init__(self, name, tag):
        super().__init__(name)
        self.tag = tag

    def apply(self, text):
        if text.startswith("[%s]" % self.tag):
            return text
        return "[%s] %s" % (self.tag, text)


class Pipeline:
    def __init__(self, name, plugins=[]):  # expect: HL101 confirmed
        self.name = name
        self.plugins = plugins

    def use(self, plugin):
        self.plugins.append(plugin)
        return self

    def run(self, text):
        for plugin in self.plugins:
            text = plugin.apply(text)
        return text

    def __repr__(self):
        return "Pipeline(%r, %d plugins)" % (self.name, len(self.plugins))


def build_pipeline(request_id):
    pipeline = Pipeline("req-%d" % request_id)
    pipeline.use(StripPlugin("strip"))
    pipeline.use(TagPlugin("tag", "req-%d" % request_id))
    return pipeline


def handle(request_id, body):
    return build_pipeline(request_id).run(body)


def scenario():
    n = next(_request_ids)
    return handle(n, "  payload %d  " % n)
