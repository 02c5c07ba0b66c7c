"""Build: drop hashes of deleted files, fingerprint every source, return the entries."""


class Pipeline:
    def __init__(self, manifest_module):
        self.manifest_module = manifest_module  # tests hand in a stub module

    def run(self, sources, removed=()):
        manifest = self.manifest_module.Manifest()
        for path in removed:
            manifest.invalidate(path)
        for path, (mtime, data) in sorted(sources.items()):
            manifest.add(path, mtime, data)
        return manifest.entries
