"""loader: turn a job's export spec into a configured exporter and run it."""
from .registry import REGISTRY, register


def configure(spec):
    """Build the exporter the spec asks for; the job files it in its own copy of the registry."""
    factory = REGISTRY[spec["format"]]
    exporter = factory(**spec.get("options", {}))
    job_registry = register(spec["job"], exporter, dict(REGISTRY))
    return job_registry[spec["job"]]


def export(spec, rows):
    return configure(spec).render(rows)
