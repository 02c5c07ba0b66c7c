"""uploads: an event hub, the upload handler, and the thumbnailer."""
