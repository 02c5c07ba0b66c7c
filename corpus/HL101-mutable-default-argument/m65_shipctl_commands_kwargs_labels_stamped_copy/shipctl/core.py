"""The deployment API that the CLI and the web dashboard both call."""
from .manifest import stamp


def deploy(service, version="latest", labels=[], dry_run=False):  # expect: HL101 refuted
    manifest = {"service": service, "version": version}
    manifest["labels"] = stamp(labels, service=service, version=version)
    manifest["status"] = "planned" if dry_run else "applied"
    return f"{manifest['status']}: {service}@{version} [{len(manifest['labels'])} labels]"
