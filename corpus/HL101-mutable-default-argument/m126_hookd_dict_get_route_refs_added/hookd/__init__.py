"""hookd: receive repository webhooks and hand them to handle_<kind> functions."""
