"""clients: async service clients sharing one base class."""
