"""orderflow: order events handled by plugins built on core.Plugin."""
