"""Dev server: rebuilds the assets on every file-watcher event."""
import assets.manifest
from assets.build import Pipeline

PIPELINE = Pipeline(assets.manifest)


def on_change(sources, removed):
    entries = PIPELINE.run(sources, removed)
    return {name: "/static/" + hashed for name, hashed in entries.items()}
