"""app: handlers -> dependency container -> provider registry."""
