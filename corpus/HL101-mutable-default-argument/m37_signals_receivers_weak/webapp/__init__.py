"""Example web application wired to the dispatch signals."""
