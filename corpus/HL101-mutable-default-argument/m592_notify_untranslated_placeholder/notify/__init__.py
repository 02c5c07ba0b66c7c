"""notify: customer messages, translated and rendered with str.format_map."""
