"""Connection handlers that subscribe to the application's broker."""
