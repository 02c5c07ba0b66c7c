"""Text statistics for the editorial dashboard."""
