"""Build handlers from a spec: {name: {"class": ..., "level": ..., "filters": [...]}}.

Filter names are classes looked up in the caller's module and instantiated, like dictConfig."""
from . import handlers as handler_classes


def configure(spec, filter_module):
    built = {}
    for name, options in spec.items():
        cls = getattr(handler_classes, options["class"])
        handler = cls(options.get("level", "INFO"))
        for filter_name in options.get("filters", ()):
            handler.add_filter(getattr(filter_module, filter_name)())
        built[name] = handler
    return built
