"""notify: outgoing customer e-mail."""
