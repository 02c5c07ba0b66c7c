"""acl: role- and share-based permission checks for documents."""
