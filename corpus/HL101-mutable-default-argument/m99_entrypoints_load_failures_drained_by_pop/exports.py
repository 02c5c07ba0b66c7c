"""Per-job export: load the configured exporters, report the broken ones."""
import plugins
from pluginhost import load_all

ENABLED = ("csv_export:CsvExporter", "legacy:XmlExporter")


def run_job(job_id, rows):
    factories, failures = load_all(plugins, ENABLED)
    warnings = []
    while failures:
        spec, exc = failures.pop()
        warnings.append(f"job {job_id}: cannot load {spec}: {exc}")
    outputs = {spec: factory(job_id).export(rows) for spec, factory in factories.items()}
    return outputs, warnings
