"""hooks: name-based hook discovery, pytest style (on_<event> functions)."""
