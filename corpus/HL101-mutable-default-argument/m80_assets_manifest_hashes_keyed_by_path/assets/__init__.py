"""assets: fingerprint static files so templates can link them with far-future caching."""
