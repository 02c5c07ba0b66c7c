"""uploads: storage service; side effects are bus listeners in hooks."""
