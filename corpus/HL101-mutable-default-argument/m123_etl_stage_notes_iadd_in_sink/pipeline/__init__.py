"""pipeline: the cleaning stage and its checks."""
