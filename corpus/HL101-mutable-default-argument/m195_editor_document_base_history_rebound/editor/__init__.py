"""Editor model: documents with undo history."""
