"""loader: turn a job's export spec into a configured exporter and run it."""
from .registry import REGISTRY, register


def configure(spec):
    """Build the exporter the spec asks for and file it under the job's name for re-runs."""
    factory = REGISTRY[spec["format"]]
    exporter = factory(**spec.get("options", {}))
    register(spec["job"], exporter)
    return exporter


def export(spec, rows):
    return configure(spec).render(rows)
