"""Order plugins: each handles one kind of side effect of an order event."""
