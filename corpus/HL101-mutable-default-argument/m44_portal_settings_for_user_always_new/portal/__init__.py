from .pages import render_dashboard

__all__ = ["render_dashboard"]
