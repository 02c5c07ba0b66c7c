"""Product catalog: repositories with a remote-call budget."""
